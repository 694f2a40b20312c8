package dev.jabu.core.testkit;

import dev.jabu.core.CoreSettings;
import dev.jabu.core.Feature;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.recap.RecapFeature;
import dev.jabu.core.recap.RecapSettings;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A recap preview as a moderator sees it, with its buttons, for the renderers' golden files. */
public final class RecapPreviewSample {
  private RecapPreviewSample() {}

  /** A platform with recaps on. */
  public static FakePlatform platform() {
    Feature recaps =
        services -> RecapFeature.install(services, RecapSettings.defaults(), Optional.empty());
    return FakePlatform.on(TempDatabase.sqlite(), CoreSettings.defaults(), List.of(recaps));
  }

  /** The preview of a short pasted recap, asked for by the moderator {@code ref}. */
  public static RichMessage preview(FakePlatform platform, String ref) {
    String markdown =
        "# 12월 밋업 후기\n\n## GitOps 발표\n\nArgo CD로 *배포*를 자동화했어요. @everyone\n\n"
            + "## 네트워킹\n\n피자와 함께 이야기를 나눴어요.\n";
    return platform
        .say(platform.moderator(ref), "/recap preview text:" + markdown, Locale.KOREAN)
        .message();
  }
}
