package dev.jabu.core.recap;

import dev.jabu.core.store.Database;
import dev.jabu.core.testkit.TempDatabase;

class SqliteRecapPreviewsTest extends RecapPreviewsContract {
  @Override
  protected Database openDatabase() {
    return TempDatabase.sqlite();
  }
}
