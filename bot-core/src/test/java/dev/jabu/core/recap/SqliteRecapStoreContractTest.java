package dev.jabu.core.recap;

import dev.jabu.core.store.Database;
import dev.jabu.core.testkit.TempDatabase;

class SqliteRecapStoreContractTest extends RecapStoreContract {
  @Override
  protected Database openDatabase() {
    return TempDatabase.sqlite();
  }
}
