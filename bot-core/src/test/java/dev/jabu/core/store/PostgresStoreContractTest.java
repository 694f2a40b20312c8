package dev.jabu.core.store;

import dev.jabu.core.testkit.RequiresPostgres;
import dev.jabu.core.testkit.TempDatabase;

@RequiresPostgres
class PostgresStoreContractTest extends StoreContract {
  @Override
  protected Database openDatabase() {
    return TempDatabase.postgres();
  }
}
