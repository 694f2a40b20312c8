package dev.jabu.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The guild's scheduled events, under {@code guilds/{id}/scheduled-events}: create, modify, list,
 * get (with the interested count) and the interested users. Bodies are checked as Discord documents
 * them: a name of 1 to 100 characters, a description of at most 1,000, a privacy level of 2, a
 * start in the future, and for external events a location of 1 to 100 characters and an end after
 * the start; a finished or cancelled event cannot change, and a scheduled one can only start or be
 * cancelled.
 */
final class FakeScheduledEvents {
  static final int SCHEDULED = 1;
  static final int ACTIVE = 2;
  static final int COMPLETED = 3;
  static final int CANCELED = 4;
  private static final int EXTERNAL = 3;
  private static final Set<String> FIELDS =
      Set.of(
          "channel_id",
          "entity_metadata",
          "name",
          "privacy_level",
          "scheduled_start_time",
          "scheduled_end_time",
          "description",
          "entity_type",
          "status",
          "image",
          "recurrence_rule");

  private final FakeDiscord discord;
  final Map<String, ObjectNode> events = new ConcurrentHashMap<>();
  final Map<String, List<String>> interested = new ConcurrentHashMap<>();

  FakeScheduledEvents(FakeDiscord discord) {
    this.discord = discord;
  }

  /** An answer: status and body (null for 204). */
  record Result(int status, JsonNode body) {
    static Result ok(JsonNode body) {
      return new Result(200, body);
    }

    static Result error(int status, int code, String message) {
      return new Result(
          status, FakeDiscord.JSON.createObjectNode().put("code", code).put("message", message));
    }

    static Result invalid() {
      return error(400, 50035, "Invalid Form Body");
    }
  }

  /** {@code parts}: {@code guilds, id, scheduled-events[, event id[, users]]}. */
  Result answer(String method, String[] parts, Map<String, String> query, JsonNode body) {
    if (!parts[1].equals(discord.guildId)) {
      return Result.error(404, 10004, "Unknown Guild");
    }
    String route = method + " " + (parts.length - 3);
    return switch (route) {
      case "GET 0" -> list();
      case "POST 0" -> create(body);
      case "GET 1" -> get(parts[3], query);
      case "PATCH 1" -> modify(parts[3], body);
      case "DELETE 1" ->
          events.remove(parts[3]) != null
              ? new Result(204, null)
              : Result.error(404, 10070, "Unknown Guild Scheduled Event");
      case "GET 2" -> users(parts[3], query);
      default -> {
        discord.violation("scheduled events: route the fake does not know: " + method);
        yield Result.error(404, 0, "404: Not Found");
      }
    };
  }

  private Result list() {
    ArrayNode out = FakeDiscord.JSON.createArrayNode();
    events.values().stream()
        .filter(e -> e.path("status").asInt() <= ACTIVE)
        .map(ObjectNode::deepCopy)
        .forEach(out::add);
    return Result.ok(out);
  }

  private Result create(JsonNode body) {
    List<String> problems = new ArrayList<>();
    for (String required :
        List.of("name", "privacy_level", "scheduled_start_time", "entity_type")) {
      if (!body.hasNonNull(required)) {
        problems.add(required + " is required");
      }
    }
    if (!problems.isEmpty()) {
      return refuse("create", problems);
    }
    ObjectNode event = FakeDiscord.JSON.createObjectNode();
    event.put("id", discord.ids.next()).put("guild_id", discord.guildId);
    event.putNull("channel_id");
    event.put("creator_id", discord.botId);
    event.set("creator", discord.users.get(discord.botId).deepCopy());
    event.putNull("description");
    event.putNull("scheduled_end_time");
    event.put("status", SCHEDULED);
    event.putNull("entity_id");
    event.putNull("entity_metadata");
    event.putNull("image");
    event.putNull("recurrence_rule");
    problems.addAll(apply(body, event, true));
    if (!problems.isEmpty()) {
      return refuse("create", problems);
    }
    events.put(event.get("id").asText(), event);
    return Result.ok(event.deepCopy());
  }

  private Result modify(String id, JsonNode body) {
    ObjectNode event = events.get(id);
    if (event == null) {
      return Result.error(404, 10070, "Unknown Guild Scheduled Event");
    }
    synchronized (event) {
      int status = event.path("status").asInt();
      if (status == COMPLETED || status == CANCELED) {
        discord.violation("scheduled event " + id + " changed after it finished or was cancelled");
        return Result.error(400, 180000, "Cannot update a finished event");
      }
      ObjectNode changed = event.deepCopy();
      List<String> problems = apply(body, changed, false);
      if (body.has("status")) {
        int to = body.path("status").asInt();
        boolean allowed =
            (status == SCHEDULED && (to == ACTIVE || to == CANCELED))
                || (status == ACTIVE && to == COMPLETED);
        if (!allowed) {
          problems.add("status cannot go from " + status + " to " + to);
        }
        changed.put("status", to);
      }
      if (!problems.isEmpty()) {
        return refuse("modify", problems);
      }
      event.setAll(changed);
      return Result.ok(event.deepCopy());
    }
  }

  private Result get(String id, Map<String, String> query) {
    ObjectNode event = events.get(id);
    if (event == null) {
      return Result.error(404, 10070, "Unknown Guild Scheduled Event");
    }
    ObjectNode copy = event.deepCopy();
    if ("true".equals(query.get("with_user_count"))) {
      copy.put("user_count", interested.getOrDefault(id, List.of()).size());
    }
    return Result.ok(copy);
  }

  private Result users(String id, Map<String, String> query) {
    if (!events.containsKey(id)) {
      return Result.error(404, 10070, "Unknown Guild Scheduled Event");
    }
    int limit = Integer.parseInt(query.getOrDefault("limit", "100"));
    if (limit < 1 || limit > 100) {
      discord.violation("scheduled event users: limit must be 1 to 100, got " + limit);
      return Result.invalid();
    }
    ArrayNode out = FakeDiscord.JSON.createArrayNode();
    interested.getOrDefault(id, List.of()).stream()
        .limit(limit)
        .forEach(
            userId -> {
              ObjectNode entry = out.addObject();
              entry.put("guild_scheduled_event_id", id);
              entry.set("user", discord.users.get(userId).deepCopy());
            });
    return Result.ok(out);
  }

  /** Copies and checks the fields of a create or modify body; returns what Discord would reject. */
  private List<String> apply(JsonNode body, ObjectNode event, boolean creating) {
    List<String> problems = new ArrayList<>();
    body.fieldNames()
        .forEachRemaining(
            f -> {
              if (!FIELDS.contains(f)) {
                problems.add("unknown field " + f);
              }
            });
    if (body.has("name")) {
      int length =
          body.path("name").asText("").codePointCount(0, body.path("name").asText("").length());
      if (length < 1 || length > 100) {
        problems.add("name must be 1 to 100 characters, got " + length);
      }
      event.put("name", body.path("name").asText());
    }
    if (body.has("description") && !body.get("description").isNull()) {
      String text = body.path("description").asText();
      int length = text.codePointCount(0, text.length());
      if (length < 1 || length > 1000) {
        problems.add("description must be 1 to 1000 characters, got " + length);
      }
      event.put("description", text);
    }
    if (body.has("privacy_level")) {
      if (body.path("privacy_level").asInt() != 2) {
        problems.add("privacy_level must be 2 (GUILD_ONLY)");
      }
      event.put("privacy_level", 2);
    }
    if (body.has("entity_type")) {
      event.put("entity_type", body.path("entity_type").asInt());
    }
    if (body.has("entity_metadata")) {
      event.set("entity_metadata", body.get("entity_metadata").deepCopy());
    }
    if (body.has("channel_id")) {
      event.set("channel_id", body.get("channel_id").deepCopy());
    }
    Instant now = Instant.now(discord.clock);
    if (body.has("scheduled_start_time")) {
      Instant start = time(body.get("scheduled_start_time"), problems);
      if (start != null && !start.isAfter(now)) {
        problems.add("scheduled_start_time must be in the future: " + start);
      }
      event.put("scheduled_start_time", text(start));
    }
    if (body.has("scheduled_end_time")) {
      event.put("scheduled_end_time", text(time(body.get("scheduled_end_time"), problems)));
    }
    if (event.path("entity_type").asInt() == EXTERNAL) {
      String location = event.path("entity_metadata").path("location").asText("");
      int length = location.codePointCount(0, location.length());
      if (length < 1 || length > 100) {
        problems.add("an external event needs entity_metadata.location of 1 to 100 characters");
      }
      if (event.path("scheduled_end_time").isNull()
          || event.path("scheduled_end_time").isMissingNode()) {
        problems.add("an external event needs scheduled_end_time");
      }
      if (!event.path("channel_id").isNull()) {
        problems.add("an external event has no channel_id");
      }
    } else if (creating) {
      problems.add("jabu creates only external events (entity_type 3)");
    }
    Instant start = parse(event.path("scheduled_start_time").asText(null));
    Instant end = parse(event.path("scheduled_end_time").asText(null));
    if (start != null && end != null && !end.isAfter(start)) {
      problems.add("scheduled_end_time must be after scheduled_start_time");
    }
    return problems;
  }

  private Result refuse(String what, List<String> problems) {
    problems.forEach(p -> discord.violation("scheduled event " + what + ": " + p));
    return Result.invalid();
  }

  private static Instant time(JsonNode value, List<String> problems) {
    Instant parsed = parse(value.asText(null));
    if (parsed == null) {
      problems.add("not an ISO8601 time: " + value);
    }
    return parsed;
  }

  private static Instant parse(String text) {
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Discord writes times with an offset. */
  private static String text(Instant instant) {
    return instant == null
        ? null
        : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx")
            .format(instant.atOffset(java.time.ZoneOffset.UTC));
  }

  /** For tests: a member marks the event Interested. */
  void markInterested(String eventId, String userId) {
    interested.computeIfAbsent(eventId, k -> new CopyOnWriteArrayList<>()).add(userId);
  }
}
