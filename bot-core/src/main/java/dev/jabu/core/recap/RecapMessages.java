package dev.jabu.core.recap;

import dev.jabu.core.message.LimitProfile;
import dev.jabu.core.message.MessageSplitter;
import dev.jabu.core.message.RichMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * A recap rendered, before it is cut for a platform: the parent post and one message per section.
 */
public record RecapMessages(RichMessage parent, List<RichMessage> sections) {
  public RecapMessages {
    sections = List.copyOf(sections);
  }

  /**
   * The recap as one platform's thread: the parent post first, then the replies in order, each cut
   * to {@code profile} by the core splitter. A parent too long for one message continues in the
   * first replies, so nothing is ever dropped.
   */
  public List<RichMessage> thread(LimitProfile profile) {
    List<RichMessage> pieces = new ArrayList<>(MessageSplitter.split(parent, profile));
    for (RichMessage section : sections) {
      pieces.addAll(MessageSplitter.split(section, profile));
    }
    return pieces;
  }
}
