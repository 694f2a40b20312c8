package dev.jabu.core.glossary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A checked, immutable set of entries, with the role-to-tool relation both ways. */
public final class Glossary {
  private final Map<String, GlossaryEntry> byId = new LinkedHashMap<>();
  private final Map<String, List<GlossaryEntry>> toolsByRole = new LinkedHashMap<>();

  Glossary(List<GlossaryEntry> entries) {
    for (GlossaryEntry entry : entries) {
      byId.put(entry.id(), entry);
      for (String role : entry.isA()) {
        toolsByRole.computeIfAbsent(role, r -> new ArrayList<>()).add(entry);
      }
    }
  }

  public List<GlossaryEntry> entries() {
    return List.copyOf(byId.values());
  }

  public int size() {
    return byId.size();
  }

  public Optional<GlossaryEntry> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The tools that play a role ("CI server" → Jenkins, GitHub Actions, …). */
  public List<GlossaryEntry> toolsPlaying(String roleId) {
    return Collections.unmodifiableList(toolsByRole.getOrDefault(roleId, List.of()));
  }

  /**
   * A tool's alternatives: the ones its entry lists, then other tools of the same roles, without
   * repeats.
   */
  public List<GlossaryEntry> alternativesOf(GlossaryEntry tool) {
    Map<String, GlossaryEntry> result = new LinkedHashMap<>();
    tool.alternatives().forEach(id -> get(id).ifPresent(e -> result.put(id, e)));
    for (String role : tool.isA()) {
      for (GlossaryEntry other : toolsPlaying(role)) {
        if (!other.id().equals(tool.id())) {
          result.putIfAbsent(other.id(), other);
        }
      }
    }
    return List.copyOf(result.values());
  }
}
