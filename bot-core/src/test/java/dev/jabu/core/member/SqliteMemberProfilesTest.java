package dev.jabu.core.member;

import dev.jabu.core.store.Database;
import dev.jabu.core.testkit.TempDatabase;

class SqliteMemberProfilesTest extends MemberProfilesContract {
  @Override
  protected Database openDatabase() {
    return TempDatabase.sqlite();
  }
}
