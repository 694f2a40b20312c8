package dev.jabu.core.glossary;

import dev.jabu.core.privacy.DataSubject;
import dev.jabu.core.privacy.Forgotten;
import dev.jabu.core.privacy.Kept;
import dev.jabu.core.privacy.PersonalData;
import dev.jabu.core.privacy.SubjectRows;
import dev.jabu.core.store.Database;
import java.util.ArrayList;
import java.util.List;

/**
 * The glossary keeps who proposed each suggestion, who decided it and who approved each entry.
 * Forgetting keeps the words (the community's, once shared) and drops the names.
 */
public final class GlossaryPersonalData implements PersonalData {
  private final Database database;

  public GlossaryPersonalData(Database database) {
    this.database = database;
  }

  @Override
  public List<Kept> describe(DataSubject subject) {
    List<Kept> kept = new ArrayList<>();
    kept.addAll(
        Kept.ifAny(
            "privacy.kept.suggestions",
            SubjectRows.count(
                database,
                "SELECT count(*) FROM glossary_suggestion WHERE proposer IN (%s)",
                subject.accounts())));
    kept.addAll(
        Kept.ifAny(
            "privacy.kept.glossary-decisions",
            SubjectRows.count(
                    database,
                    "SELECT count(*) FROM glossary_suggestion WHERE decided_by IN (%s)",
                    subject.accounts())
                + SubjectRows.count(
                    database,
                    "SELECT count(*) FROM glossary_entry WHERE approved_by IN (%s)",
                    subject.accounts())));
    return kept;
  }

  @Override
  public void forget(DataSubject subject) {
    List<String> forgotten = List.of(Forgotten.KEY);
    database.inTransaction(
        c -> {
          SubjectRows.update(
              c,
              "UPDATE glossary_suggestion SET proposer = ? WHERE proposer IN (%s)",
              forgotten,
              subject.accounts());
          SubjectRows.update(
              c,
              "UPDATE glossary_suggestion SET decided_by = ? WHERE decided_by IN (%s)",
              forgotten,
              subject.accounts());
          SubjectRows.update(
              c,
              "UPDATE glossary_entry SET approved_by = ? WHERE approved_by IN (%s)",
              forgotten,
              subject.accounts());
          return null;
        });
  }
}
