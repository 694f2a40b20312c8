package dev.jabu.app;

import dev.jabu.app.config.ConfigException;
import dev.jabu.app.config.ConfigProblem;
import dev.jabu.app.config.JabuConfig;
import dev.jabu.core.Feature;
import dev.jabu.core.digest.WeeklyDigest;
import dev.jabu.core.glossary.GlossaryCommands;
import dev.jabu.core.glossary.GlossaryEntry;
import dev.jabu.core.glossary.GlossaryException;
import dev.jabu.core.glossary.GlossaryLoader;
import dev.jabu.core.glossary.GlossaryPersonalData;
import dev.jabu.core.glossary.GlossaryService;
import dev.jabu.core.glossary.JdbcGlossaryStore;
import dev.jabu.core.meetup.MeetupFeature;
import dev.jabu.core.meetup.MeetupIcs;
import dev.jabu.core.meetup.MeetupService;
import dev.jabu.core.recap.RecapFeature;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The features the configuration switches on, with their data loaded and checked before anything
 * starts: a broken glossary file stops the start with the file, entry and field to fix.
 */
final class Features {
  private final List<Feature> list;
  private final AtomicReference<MeetupService> meetups;
  private final AtomicReference<GlossaryService> glossary;

  private Features(
      List<Feature> list,
      AtomicReference<MeetupService> meetups,
      AtomicReference<GlossaryService> glossary) {
    this.list = List.copyOf(list);
    this.meetups = meetups;
    this.glossary = glossary;
  }

  List<Feature> list() {
    return list;
  }

  /** The meetup service, once the core has been built with these features. */
  Optional<MeetupService> meetups() {
    return Optional.ofNullable(meetups.get());
  }

  /** The glossary service, once the core has been built with these features. */
  Optional<GlossaryService> glossary() {
    return Optional.ofNullable(glossary.get());
  }

  static Features from(JabuConfig config) throws ConfigException {
    List<Feature> features = new ArrayList<>();
    AtomicReference<MeetupService> meetups = new AtomicReference<>();
    AtomicReference<GlossaryService> glossaryService = new AtomicReference<>();
    if (config.glossaryFolder().isPresent()) {
      List<GlossaryEntry> entries = loadGlossary(config.glossaryFolder().get());
      features.add(
          services -> {
            try {
              GlossaryService glossary =
                  new GlossaryService(
                      entries, new JdbcGlossaryStore(services.database()), services.clock());
              glossaryService.set(glossary);
              services.personalData().add(new GlossaryPersonalData(services.database()));
              return new GlossaryCommands(
                  glossary, services.outbox(), services.recipients(), config.pageUrl());
            } catch (GlossaryException e) {
              throw new IllegalStateException(
                  "entries approved in chat no longer fit the glossary files:\n" + e.getMessage(),
                  e);
            }
          });
    }
    if (config.meetupsEnabled()) {
      features.add(
          services -> {
            meetups.set(
                MeetupFeature.service(
                    services, config.reminders(), config.waitlistOffers(), config.autoSummaries()));
            return MeetupFeature.commands(
                meetups.get(), Optional.of(new MeetupIcs(config.core().communityName())));
          });
    }
    config
        .recaps()
        .ifPresent(
            settings ->
                features.add(
                    services ->
                        RecapFeature.install(
                            services, settings, Optional.ofNullable(meetups.get()))));
    config
        .digest()
        .ifPresent(
            digest ->
                features.add(
                    services -> {
                      // installed last: it reads what the meetup and glossary features built
                      new WeeklyDigest(
                          digest,
                          services.settings(),
                          services.outbox(),
                          services.scheduling(),
                          now ->
                              meetups.get() == null
                                  ? List.of()
                                  : meetups.get().meetups().upcoming(now, 50),
                          () ->
                              glossaryService.get() == null
                                  ? List.of()
                                  : glossaryService.get().glossary().entries());
                      return List::of;
                    }));
    return new Features(features, meetups, glossaryService);
  }

  static List<GlossaryEntry> loadGlossary(Path folder) throws ConfigException {
    try {
      return GlossaryLoader.load(folder).entries();
    } catch (GlossaryException e) {
      throw new ConfigException(
          e.problems().stream()
              .map(
                  p ->
                      new ConfigProblem(
                          folder.resolve(p.file()) + " " + p.where(),
                          p.problem(),
                          "edit the entry in that file"))
              .toList());
    }
  }
}
