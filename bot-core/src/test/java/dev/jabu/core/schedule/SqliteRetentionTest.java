package dev.jabu.core.schedule;

import dev.jabu.core.store.Database;
import dev.jabu.core.testkit.TempDatabase;

class SqliteRetentionTest extends RetentionContract {
  @Override
  protected Database openDatabase() {
    return TempDatabase.sqlite();
  }
}
