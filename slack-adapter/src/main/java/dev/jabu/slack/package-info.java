/**
 * Slack through Bolt for Java: the adapter's lifecycle ({@link dev.jabu.slack.SlackAdapter}), the
 * signed HTTP endpoint and its verifier, Slack's events turned into invocations ({@link
 * dev.jabu.slack.SlackEvents}), Block Kit rendering ({@link dev.jabu.slack.SlackRenderer}), the
 * outbox sender ({@link dev.jabu.slack.SlackSender}) and the app manifest ({@link
 * dev.jabu.slack.SlackRegistration}). Only translation lives here; behaviour is in the core.
 */
package dev.jabu.slack;
