package dev.jabu.core.recap;

import dev.jabu.core.store.Database;
import dev.jabu.core.testkit.RequiresPostgres;
import dev.jabu.core.testkit.TempDatabase;

@RequiresPostgres
class PostgresRecapPreviewsTest extends RecapPreviewsContract {
  @Override
  protected Database openDatabase() {
    return TempDatabase.postgres();
  }
}
