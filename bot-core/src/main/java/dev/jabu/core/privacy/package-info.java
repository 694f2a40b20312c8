/**
 * A member's rights over what jabu keeps about them: {@code /jabu my-data} and {@code /jabu
 * forget-me}. Each part of jabu that stores something about members implements {@link
 * dev.jabu.core.privacy.PersonalData} for its own tables and adds it to {@link
 * dev.jabu.core.privacy.PersonalDataParts} when it is installed, so the owner of a table is also
 * the one who knows how to forget it.
 */
package dev.jabu.core.privacy;
