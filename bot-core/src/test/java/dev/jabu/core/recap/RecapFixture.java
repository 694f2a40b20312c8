package dev.jabu.core.recap;

import dev.jabu.core.CoreSettings;
import dev.jabu.core.Feature;
import dev.jabu.core.meetup.MeetupFeature;
import dev.jabu.core.meetup.MeetupService;
import dev.jabu.core.testkit.FakePlatform;
import dev.jabu.core.testkit.TempDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A fake platform with meetups and recaps, whose console reads files from a temporary folder.
 * Announcements go to discord:announcements and slack:announcements (the default settings).
 */
final class RecapFixture implements AutoCloseable {
  final FakePlatform platform;
  final MeetupService meetups;
  final Path folder;

  private RecapFixture(FakePlatform platform, MeetupService meetups, Path folder) {
    this.platform = platform;
    this.meetups = meetups;
    this.folder = folder;
  }

  static RecapFixture start(boolean allowPrivateAddresses) {
    Path folder;
    try {
      folder = Files.createTempDirectory("jabu-recaps-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    RecapSettings settings =
        RecapSettings.defaults()
            .withPrivateAddresses(allowPrivateAddresses)
            .withWorkingDirectory(folder);
    AtomicReference<MeetupService> meetups = new AtomicReference<>();
    Feature meetupFeature =
        services -> {
          meetups.set(MeetupFeature.service(services));
          return MeetupFeature.commands(meetups.get(), Optional.empty());
        };
    Feature recapFeature =
        services -> RecapFeature.install(services, settings, Optional.of(meetups.get()));
    FakePlatform platform =
        FakePlatform.on(
            TempDatabase.sqlite(), CoreSettings.defaults(), List.of(meetupFeature, recapFeature));
    return new RecapFixture(platform, meetups.get(), folder);
  }

  /** Writes a file into the console's working folder and returns its relative path. */
  String file(String name, String content) {
    try {
      Files.writeString(folder.resolve(name), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return name;
  }

  @Override
  public void close() throws Exception {
    platform.close();
    try (var paths = Files.walk(folder)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
