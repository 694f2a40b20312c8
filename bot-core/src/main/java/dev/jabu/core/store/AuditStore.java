package dev.jabu.core.store;

import java.util.List;

/** The audit log: an append-only record of commands run. */
public interface AuditStore {
  void record(AuditEntry entry);

  /** The latest {@code limit} entries, newest first. */
  List<AuditEntry> recent(int limit);
}
