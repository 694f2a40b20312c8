package dev.jabu.core.recap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.message.Block;
import dev.jabu.core.message.LimitProfile;
import dev.jabu.core.message.MessageSplitter;
import dev.jabu.core.message.RichMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The sample recap shipped in docs, and checks shared by the recap tests. */
final class RecapSamples {
  /** The long Korean recap in {@code docs/recaps}, which the console can also preview. */
  static final String SAMPLE_PATH = "docs/recaps/2026-11-devops-korea.md";

  private RecapSamples() {}

  /** The repository's root folder (surefire runs in the module folder). */
  static Path repositoryRoot() {
    Path module = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    return module.getParent();
  }

  static String sample() {
    try {
      return Files.readString(repositoryRoot().resolve(SAMPLE_PATH));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every piece keeps every limit of {@code profile}; none is empty. */
  static void assertWithinLimits(List<RichMessage> pieces, LimitProfile profile) {
    assertThat(pieces).isNotEmpty();
    for (RichMessage piece : pieces) {
      assertThat(piece.blocks()).isNotEmpty().hasSizeLessThanOrEqualTo(profile.maxBlocks());
      int total = 0;
      for (Block block : piece.blocks()) {
        int size = profile.measure().applyAsInt(block);
        assertThat(size).as("block %s", block).isLessThanOrEqualTo(profile.maxBlockChars());
        total += size;
      }
      total += MessageSplitter.BLOCK_SEPARATOR_CHARS * (piece.blocks().size() - 1);
      assertThat(total)
          .as("piece on %s", profile.name())
          .isLessThanOrEqualTo(profile.maxMessageChars());
    }
  }

  /** How many characters a piece takes, as {@link #assertWithinLimits} counts them. */
  static int measure(RichMessage piece, LimitProfile profile) {
    int total = 0;
    for (Block block : piece.blocks()) {
      total += profile.measure().applyAsInt(block);
    }
    return total + MessageSplitter.BLOCK_SEPARATOR_CHARS * Math.max(0, piece.blocks().size() - 1);
  }
}
