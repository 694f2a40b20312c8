package dev.jabu.core.schedule;

import dev.jabu.core.store.Database;
import dev.jabu.core.testkit.RequiresPostgres;
import dev.jabu.core.testkit.TempDatabase;

@RequiresPostgres
class PostgresRetentionTest extends RetentionContract {
  @Override
  protected Database openDatabase() {
    return TempDatabase.postgres();
  }
}
