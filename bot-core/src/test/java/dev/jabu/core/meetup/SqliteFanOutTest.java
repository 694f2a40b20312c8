package dev.jabu.core.meetup;

import dev.jabu.core.store.Database;
import dev.jabu.core.testkit.TempDatabase;

class SqliteFanOutTest extends FanOutContract {
  @Override
  protected Database open() {
    return TempDatabase.sqlite();
  }
}
