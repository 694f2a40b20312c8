/**
 * The weekly digest: upcoming meetups and the glossary entries added since the last digest, posted
 * on a configured day and time through the scheduler and the outbox.
 */
package dev.jabu.core.digest;
