package dev.jabu.core;

import dev.jabu.core.member.MemberProfiles;
import dev.jabu.core.member.Recipients;
import dev.jabu.core.outbox.Outbox;
import dev.jabu.core.privacy.PersonalDataParts;
import dev.jabu.core.schedule.Scheduling;
import dev.jabu.core.store.Database;
import java.time.Clock;

/**
 * What the core offers its features. A feature that keeps something about members adds its {@link
 * dev.jabu.core.privacy.PersonalData} to {@code personalData} so {@code /jabu forget-me} reaches
 * it.
 *
 * @param profiles the member profiles the engine notes every command in, so that features read them
 *     with every note included
 */
public record CoreServices(
    CoreSettings settings,
    Database database,
    Clock clock,
    Outbox outbox,
    Scheduling scheduling,
    MemberProfiles profiles,
    PersonalDataParts personalData) {

  /** Where and in which language a message for one person goes. */
  public Recipients recipients() {
    return new Recipients(profiles, settings.defaultLocale());
  }
}
