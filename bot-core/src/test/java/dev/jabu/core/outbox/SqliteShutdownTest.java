package dev.jabu.core.outbox;

import dev.jabu.core.store.Database;
import dev.jabu.core.testkit.TempDatabase;

class SqliteShutdownTest extends ShutdownContract {
  @Override
  protected Database open() {
    return TempDatabase.sqlite();
  }
}
