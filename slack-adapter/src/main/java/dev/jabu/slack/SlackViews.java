package dev.jabu.slack;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewState;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import dev.jabu.core.meetup.MeetupReads;
import dev.jabu.core.parse.CommandLines;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The modals jabu opens (paste a recap, create or edit a meetup) and the command line each
 * submission becomes. A submission runs through the engine like a typed command, so its checks,
 * permissions and error messages are the same ones.
 */
final class SlackViews {
  static final String RECAP_MODAL = "jabu_recap_modal";
  static final String MEETUP_MODAL = "jabu_meetup_modal";
  static final String EDIT_MEETUP_MODAL = "jabu_edit_meetup_modal";

  /** Slack's most for a text input, and so for a description the edit form can hold. */
  static final int INPUT_CHARS = 3000;

  private static final Gson JSON = new Gson();
  static final int RECAP_CHARS = 3000;

  private SlackViews() {}

  static View recapModal(Locale locale) {
    return modal(
        RECAP_MODAL,
        locale,
        "recap.modal.title",
        "modal.submit",
        List.of(
            input("text", SlackTexts.get(locale, "recap.modal.text"), true, false, RECAP_CHARS),
            input("meetup", SlackTexts.get(locale, "recap.modal.meetup"), false, true, 10)));
  }

  static View meetupModal(Locale locale) {
    return modal(
        MEETUP_MODAL,
        locale,
        "meetup.modal.title",
        "modal.create",
        List.of(
            input("title", SlackTexts.get(locale, "meetup.modal.name"), false, false, 100),
            input("start", SlackTexts.get(locale, "meetup.modal.start"), false, false, 60),
            input("capacity", SlackTexts.get(locale, "meetup.modal.capacity"), false, true, 6)));
  }

  /**
   * The edit form of a meetup, prefilled with its current values. What each field held is kept in
   * the view's private metadata (as a digest), so the submission sends only the fields changed in
   * the form and leaves alone anything someone else changed meanwhile. A description longer than a
   * Slack input is left out; {@code /meetup edit} still changes it.
   */
  static View editMeetupModal(Locale locale, MeetupReads.EditForm form) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("title", form.title());
    values.put("start", form.start());
    values.put("end", form.end());
    values.put("capacity", Integer.toString(form.capacity()));
    values.put("venue", form.venue().orElse(""));
    values.put("address", form.address().orElse(""));
    values.put("online", form.online().orElse(""));
    if (form.description().length() <= INPUT_CHARS) {
      values.put("description", form.description());
    }
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(
        ContextBlock.builder()
            .elements(
                List.of(
                    MarkdownTextObject.builder()
                        .text(Mrkdwn.escape(SlackTexts.get(locale, "meetup.edit.hint")))
                        .build()))
            .build());
    JsonObject was = new JsonObject();
    for (Map.Entry<String, String> field : values.entrySet()) {
      String name = field.getKey();
      blocks.add(
          InputBlock.builder()
              .blockId(name)
              .label(
                  PlainTextObject.builder()
                      .text(SlackTexts.get(locale, "meetup.edit." + name))
                      .build())
              .optional(true)
              .element(
                  PlainTextInputElement.builder()
                      .actionId(name)
                      .multiline(name.equals("description"))
                      .maxLength(INPUT_CHARS)
                      .initialValue(field.getValue().isEmpty() ? null : field.getValue())
                      .build())
              .build());
      was.addProperty(name, digest(field.getValue()));
    }
    JsonObject metadata = new JsonObject();
    metadata.addProperty("id", form.id());
    metadata.add("was", was);
    View view = modal(EDIT_MEETUP_MODAL, locale, "meetup.edit.modal-title", "modal.save", blocks);
    view.setTitle(
        ViewTitle.builder()
            .type("plain_text")
            .text(SlackTexts.get(locale, "meetup.edit.modal-title", Long.toString(form.id())))
            .build());
    view.setPrivateMetadata(metadata.toString());
    return view;
  }

  /**
   * {@code /meetup edit N …} with the fields changed in the form; empty when none was. A field
   * emptied in the form is left as it was (the command cannot clear one).
   */
  static Optional<String> editCommand(ViewState state, String privateMetadata) {
    JsonObject metadata = JSON.fromJson(privateMetadata, JsonObject.class);
    JsonObject was = metadata.getAsJsonObject("was");
    StringBuilder line = new StringBuilder("/meetup edit " + metadata.get("id").getAsLong());
    boolean changed = false;
    for (String name : was.keySet()) {
      Optional<String> now = value(state, name);
      if (now.isPresent() && !digest(now.get()).equals(was.get(name).getAsString())) {
        line.append(' ').append(name).append(':').append(quote(now.get()));
        changed = true;
      }
    }
    return changed ? Optional.of(line.toString()) : Optional.empty();
  }

  /** The number of the meetup an edit form is for. */
  static String editedMeetup(String privateMetadata) {
    return JSON.fromJson(privateMetadata, JsonObject.class).get("id").getAsString();
  }

  private static String digest(String value) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(value.strip().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /** {@code /recap preview [meetup:N] text:…}: the text last, since it takes the rest. */
  static String recapCommand(ViewState state) {
    String meetup = value(state, "meetup").map(m -> " meetup:" + quote(m)).orElse("");
    return "/recap preview" + meetup + " text:" + value(state, "text").orElse("");
  }

  static String meetupCommand(ViewState state) {
    String capacity = value(state, "capacity").map(c -> " capacity:" + quote(c)).orElse("");
    return "/meetup create title:"
        + quote(value(state, "title").orElse(""))
        + " start:"
        + quote(value(state, "start").orElse(""))
        + capacity;
  }

  /** Quotes a value for the core's parser: backslash escapes a quote or a backslash. */
  static String quote(String value) {
    return CommandLines.quote(value);
  }

  private static Optional<String> value(ViewState state, String block) {
    if (state == null || state.getValues() == null) {
      return Optional.empty();
    }
    Map<String, ViewState.Value> inputs = state.getValues().get(block);
    if (inputs == null || inputs.get(block) == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(inputs.get(block).getValue())
        .map(String::strip)
        .filter(v -> !v.isEmpty());
  }

  private static View modal(
      String callbackId, Locale locale, String title, String submit, List<LayoutBlock> blocks) {
    return View.builder()
        .type("modal")
        .callbackId(callbackId)
        .title(ViewTitle.builder().type("plain_text").text(SlackTexts.get(locale, title)).build())
        .submit(
            ViewSubmit.builder().type("plain_text").text(SlackTexts.get(locale, submit)).build())
        .close(
            ViewClose.builder()
                .type("plain_text")
                .text(SlackTexts.get(locale, "modal.close"))
                .build())
        .blocks(blocks)
        .build();
  }

  /**
   * An input whose block id and action id are both {@code name}, so a value is found by one key.
   */
  private static LayoutBlock input(
      String name, String label, boolean multiline, boolean optional, int maxLength) {
    return InputBlock.builder()
        .blockId(name)
        .label(PlainTextObject.builder().text(label).build())
        .optional(optional)
        .element(
            PlainTextInputElement.builder()
                .actionId(name)
                .multiline(multiline)
                .maxLength(maxLength)
                .build())
        .build();
  }
}
