package dev.jabu.core.glossary;

import dev.jabu.core.store.Database;
import dev.jabu.core.testkit.TempDatabase;

class SqliteCleanQueryTest extends CleanQueryContract {
  @Override
  protected Database open() {
    return TempDatabase.sqlite();
  }
}
