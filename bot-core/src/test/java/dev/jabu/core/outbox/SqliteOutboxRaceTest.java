package dev.jabu.core.outbox;

import dev.jabu.core.store.Database;
import dev.jabu.core.testkit.TempDatabase;

class SqliteOutboxRaceTest extends OutboxRaceContract {
  @Override
  protected Database open() {
    return TempDatabase.sqlite();
  }
}
