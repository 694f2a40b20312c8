package dev.jabu.core.meetup;

import dev.jabu.core.store.Database;
import dev.jabu.core.testkit.RequiresPostgres;
import dev.jabu.core.testkit.TempDatabase;

@RequiresPostgres
class PostgresFanOutTest extends FanOutContract {
  @Override
  protected Database open() {
    return TempDatabase.postgres();
  }
}
