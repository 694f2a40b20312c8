/**
 * The one text command parser: it turns a line such as {@code /meetup rsvp 12} (Slack, console) or
 * a structured call (Discord) into a {@link dev.jabu.core.command.ParsedCommand} with typed
 * options, or into a {@link dev.jabu.core.parse.Rejection} that explains, in the member's language,
 * what was wrong and how the command is used. Also the reusable pieces: {@link
 * dev.jabu.core.parse.Usage} lines for help, and {@link dev.jabu.core.parse.DurationText} and
 * {@link dev.jabu.core.parse.DateTimeText} for reading durations and moments (ISO, and natural
 * Korean and English dates such as {@code 내일 오후 7시} or {@code next friday 7pm}, one small class per
 * family of forms). A moment that reads two believable ways becomes a question with one button per
 * reading ({@link dev.jabu.core.parse.Rejection.AskMoment}); {@link dev.jabu.core.parse.MomentText}
 * says a moment back in full.
 */
package dev.jabu.core.parse;
