/**
 * Test helpers shared by bot-core's tests (and, through the test-jar, the adapters'): golden files
 * today; the fake platform, adjustable clock and temporary database belong here too.
 */
package dev.jabu.core.testkit;
