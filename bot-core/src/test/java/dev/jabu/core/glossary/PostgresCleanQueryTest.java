package dev.jabu.core.glossary;

import dev.jabu.core.store.Database;
import dev.jabu.core.testkit.RequiresPostgres;
import dev.jabu.core.testkit.TempDatabase;

@RequiresPostgres
class PostgresCleanQueryTest extends CleanQueryContract {
  @Override
  protected Database open() {
    return TempDatabase.postgres();
  }
}
