package dev.jabu.core.store;

import dev.jabu.core.testkit.TempDatabase;

class SqliteStoreContractTest extends StoreContract {
  @Override
  protected Database openDatabase() {
    return TempDatabase.sqlite();
  }
}
