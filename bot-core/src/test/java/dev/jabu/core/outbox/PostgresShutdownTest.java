package dev.jabu.core.outbox;

import dev.jabu.core.store.Database;
import dev.jabu.core.testkit.RequiresPostgres;
import dev.jabu.core.testkit.TempDatabase;

@RequiresPostgres
class PostgresShutdownTest extends ShutdownContract {
  @Override
  protected Database open() {
    return TempDatabase.postgres();
  }
}
