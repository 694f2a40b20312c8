package dev.jabu.core.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * Every {@link PersonalData} of a running jabu, gathered while the core is built: the core adds its
 * own tables, each feature adds its own when it is installed. Who a member is across platforms
 * comes from whoever links accounts (the meetup feature); without it an account stands alone.
 */
public final class PersonalDataParts {
  private final List<PersonalData> parts = new CopyOnWriteArrayList<>();
  private volatile Function<String, DataSubject> subjects = DataSubject::alone;

  public void add(PersonalData part) {
    parts.add(part);
  }

  /** Where the linked accounts of a member come from; the last call wins. */
  public void resolveSubjectsWith(Function<String, DataSubject> resolver) {
    this.subjects = resolver;
  }

  /** The member behind {@code userKey}, with every account linked to it. */
  public DataSubject subjectOf(String userKey) {
    return subjects.apply(userKey);
  }

  /** What every part keeps about {@code subject}, in the order the parts were added. */
  public List<Kept> describe(DataSubject subject) {
    List<Kept> kept = new ArrayList<>();
    parts.forEach(part -> kept.addAll(part.describe(subject)));
    return kept;
  }

  /** Has every part forget {@code subject}, in the order they were added. */
  public void forget(DataSubject subject) {
    parts.forEach(part -> part.forget(subject));
  }

  /** How many parts there are, for a test that all of them were gathered. */
  public int size() {
    return parts.size();
  }
}
