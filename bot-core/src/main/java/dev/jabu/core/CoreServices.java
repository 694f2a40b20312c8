package dev.jabu.core;

import dev.jabu.core.member.JdbcMemberProfiles;
import dev.jabu.core.member.Recipients;
import dev.jabu.core.outbox.Outbox;
import dev.jabu.core.schedule.Scheduling;
import dev.jabu.core.store.Database;
import java.time.Clock;

/** What the core offers its features. */
public record CoreServices(
    CoreSettings settings, Database database, Clock clock, Outbox outbox, Scheduling scheduling) {

  /** Where and in which language a message for one person goes. */
  public Recipients recipients() {
    return new Recipients(new JdbcMemberProfiles(database), settings.defaultLocale());
  }
}
