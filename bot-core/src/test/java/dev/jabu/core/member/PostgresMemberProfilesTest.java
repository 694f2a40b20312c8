package dev.jabu.core.member;

import dev.jabu.core.store.Database;
import dev.jabu.core.testkit.RequiresPostgres;
import dev.jabu.core.testkit.TempDatabase;

@RequiresPostgres
class PostgresMemberProfilesTest extends MemberProfilesContract {
  @Override
  protected Database openDatabase() {
    return TempDatabase.postgres();
  }
}
