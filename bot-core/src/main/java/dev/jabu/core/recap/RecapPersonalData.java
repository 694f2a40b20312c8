package dev.jabu.core.recap;

import dev.jabu.core.privacy.DataSubject;
import dev.jabu.core.privacy.Forgotten;
import dev.jabu.core.privacy.Kept;
import dev.jabu.core.privacy.PersonalData;
import dev.jabu.core.privacy.SubjectRows;
import dev.jabu.core.store.Database;
import java.util.List;

/** Recaps and their previews keep who made them; forgetting keeps the recap and drops the name. */
public final class RecapPersonalData implements PersonalData {
  private final Database database;

  public RecapPersonalData(Database database) {
    this.database = database;
  }

  @Override
  public List<Kept> describe(DataSubject subject) {
    return Kept.ifAny(
        "privacy.kept.recaps",
        SubjectRows.count(
                database, "SELECT count(*) FROM recap WHERE created_by IN (%s)", subject.accounts())
            + SubjectRows.count(
                database,
                "SELECT count(*) FROM recap_preview WHERE created_by IN (%s)",
                subject.accounts()));
  }

  @Override
  public void forget(DataSubject subject) {
    database.inTransaction(
        c -> {
          for (String table : List.of("recap", "recap_preview")) {
            SubjectRows.update(
                c,
                "UPDATE " + table + " SET created_by = ? WHERE created_by IN (%s)",
                List.of(Forgotten.KEY),
                subject.accounts());
          }
          return null;
        });
  }
}
