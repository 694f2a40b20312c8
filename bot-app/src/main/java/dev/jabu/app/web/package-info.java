/**
 * The community's public page on bot-app's HTTP server: the glossary ({@code /glossary}, one page
 * per entry) and the meetup calendar ({@code /meetups}), read-only, in Korean or English. Handlers
 * read the same services the chat commands use and hand plain records to the jte templates under
 * {@code src/main/jte}, which are compiled with the module and escape every value they print.
 */
package dev.jabu.app.web;
