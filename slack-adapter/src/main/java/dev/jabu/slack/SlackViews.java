package dev.jabu.slack;

import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewState;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import dev.jabu.core.parse.CommandLines;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The modals jabu opens (paste a recap, create a meetup) and the command line each submission
 * becomes. A submission runs through the engine like a typed command, so its checks, permissions
 * and error messages are the same ones.
 */
final class SlackViews {
  static final String RECAP_MODAL = "jabu_recap_modal";
  static final String MEETUP_MODAL = "jabu_meetup_modal";
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
