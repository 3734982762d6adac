package dev.trellis.rules.rituals;

import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.OptionSpec;
import dev.trellis.core.rule.OptionSpec.Looser;
import dev.trellis.core.rule.Problem;
import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleContext;
import dev.trellis.core.rule.RuleInfo;
import dev.trellis.core.signal.community.Changelog;
import dev.trellis.core.signal.community.ChangelogEntry;
import dev.trellis.core.signal.community.CommunitySignal;
import dev.trellis.core.signal.community.Located;
import dev.trellis.core.signal.community.Versions;
import dev.trellis.core.signal.history.History;
import dev.trellis.core.signal.history.HistorySignal;
import dev.trellis.core.signal.history.Tag;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code rituals/changelog}: a changelog exists, keeps the Keep a Changelog structure when it says
 * it does, and has an entry for each recent release tag.
 */
public final class ChangelogRule implements Rule {
  static final List<String> KAC_TYPES =
      List.of("Added", "Changed", "Deprecated", "Removed", "Fixed", "Security");

  private static final RuleInfo INFO =
      RuleInfo.builder("rituals/changelog")
          .title("A changelog records every release")
          .rationale(
              "Users decide whether to upgrade from the changelog; a release without an entry"
                  + " ships changes nobody was told about.")
          .defaultLevel(Level.WARN)
          .option(
              OptionSpec.bool(
                  "required",
                  false,
                  Looser.FALSE,
                  "Report a missing changelog even before the first release tag (by default it"
                      + " is reported once a release tag exists)."))
          .option(
              OptionSpec.string(
                  "format",
                  "auto",
                  Looser.NEITHER,
                  "'keep-a-changelog' checks the Keep a Changelog structure always, 'auto' only"
                      + " when the changelog says it follows Keep a Changelog, 'none' never."))
          .option(
              OptionSpec.strings(
                  "changeTypes",
                  KAC_TYPES,
                  Looser.MORE,
                  "The change-type headings a Keep a Changelog entry may use."))
          .option(
              OptionSpec.integer(
                  "releases",
                  5,
                  Looser.LOWER,
                  "How many of the newest release tags must have an entry (0 to skip)."))
          .option(
              OptionSpec.bool(
                  "prereleases",
                  false,
                  Looser.FALSE,
                  "Also require entries for pre-release tags (v2.0.0-rc.1)."))
          .fix(
              "Add CHANGELOG.md with an '## [Unreleased]' section on top and one '## [X.Y.Z] -"
                  + " YYYY-MM-DD' section per release, newest first, and add an entry whenever"
                  + " you tag a release.")
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx) {
    Optional<Changelog> found = ctx.signal(CommunitySignal.SIGNAL).changelog();
    if (found.isEmpty()) {
      Optional<Tag> release = releaseTags(ctx).stream().findFirst();
      if (release.isPresent() || ctx.options().bool("required")) {
        ctx.report(
            Problem.inRepository(
                    "There is no changelog (looked for CHANGELOG, CHANGES, HISTORY, NEWS and"
                        + " RELEASES, any case, at the root and in docs/)"
                        + release
                            .map(t -> ", though " + t.name() + " is tagged as a release")
                            .orElse("")
                        + ".")
                .withKey("missing"));
      }
      return;
    }
    Changelog log = found.get();
    if (!log.markdown()) {
      return;
    }
    String format = ctx.options().string("format").toLowerCase(Locale.ROOT);
    boolean kac =
        format.equals("keep-a-changelog") || (format.equals("auto") && log.keepAChangelog());
    if (kac) {
      checkStructure(ctx, log);
    }
    checkTags(ctx, log);
  }

  private void checkStructure(RuleContext ctx, Changelog log) {
    String path = log.path();
    if (log.entries().isEmpty()) {
      ctx.report(
          Problem.inFile(
                  path,
                  path
                      + " follows Keep a Changelog but has no release headings such as '## [1.0.0]"
                      + " - 2026-01-31' or '## [Unreleased]'.")
              .withKey("no-entries")
              .withHint("Add one '## [X.Y.Z] - YYYY-MM-DD' heading per release, newest first."));
      return;
    }
    List<String> types = ctx.options().strings("changeTypes");
    Optional<ChangelogEntry> previous = Optional.empty();
    for (int i = 0; i < log.entries().size(); i++) {
      ChangelogEntry e = log.entries().get(i);
      if (e.unreleased()) {
        if (i > 0) {
          ctx.report(
              Problem.at(
                      path,
                      e.line(),
                      "'"
                          + e.heading()
                          + "' is not the first section: Keep a Changelog keeps Unreleased on"
                          + " top, above the newest release.")
                  .withKey("unreleased-first")
                  .withHint(
                      "Move the Unreleased section above '"
                          + log.entries().get(0).heading()
                          + "'."));
        }
      } else {
        String version = e.version().orElseThrow();
        if (previous.isPresent()
            && previous.get().version().isPresent()
            && Versions.ORDER.compare(version, previous.get().version().get()) > 0) {
          ctx.report(
              Problem.at(
                      path,
                      e.line(),
                      "'"
                          + e.heading()
                          + "' comes after the older release "
                          + previous.get().version().get()
                          + " (line "
                          + previous.get().line()
                          + "): newest releases go first.")
                  .withKey("order " + version)
                  .withHint(
                      "Move the "
                          + version
                          + " section above "
                          + previous.get().version().get()
                          + "."));
        }
        if (e.date().isEmpty()) {
          String what =
              e.dateText().isPresent()
                  ? "its date '" + e.dateText().get() + "' is not an ISO 8601 date"
                  : "it has no release date";
          ctx.report(
              Problem.at(path, e.line(), "'" + e.heading() + "': " + what + ".")
                  .withKey("date " + version)
                  .withHint("Write the heading as '## [" + version + "] - YYYY-MM-DD'."));
        }
        previous = Optional.of(e);
      }
      for (Located type : e.changeTypes()) {
        String t = type.text().strip();
        if (types.stream().noneMatch(k -> k.equalsIgnoreCase(t))) {
          ctx.report(
              Problem.at(
                      path,
                      type.line(),
                      "'"
                          + t
                          + "' is not a Keep a Changelog change type; use "
                          + String.join(", ", types)
                          + ".")
                  .withKey("type " + t)
                  .withHint(
                      "Rename the heading to one of "
                          + String.join(", ", types)
                          + ", or add it to the rule's 'changeTypes' option."));
        }
      }
    }
  }

  private void checkTags(RuleContext ctx, Changelog log) {
    List<ChangelogEntry> releases =
        log.entries().stream().filter(e -> e.version().isPresent()).toList();
    if (releases.isEmpty()) {
      return;
    }
    boolean prereleases = ctx.options().bool("prereleases");
    List<Tag> tags = releaseTags(ctx);
    List<String> tagVersions =
        tags.stream().map(t -> Versions.ofTag(t.name()).orElseThrow()).toList();
    if (tags.isEmpty()) {
      return;
    }
    String oldestEntry =
        releases.stream().map(e -> e.version().get()).min(Versions.ORDER).orElseThrow();
    long limit = ctx.options().integer("releases");
    int checked = 0;
    for (int i = 0; i < tags.size() && checked < limit; i++) {
      String v = tagVersions.get(i);
      if (Versions.ORDER.compare(v, oldestEntry) < 0) {
        continue;
      }
      checked++;
      boolean listed = releases.stream().anyMatch(e -> Versions.same(e.version().get(), v));
      if (!listed) {
        Tag t = tags.get(i);
        String date = t.date().atZone(ZoneOffset.UTC).toLocalDate().toString();
        ctx.report(
            Problem.inFile(
                    log.path(),
                    "The release tag "
                        + t.name()
                        + " ("
                        + date
                        + ") has no entry in "
                        + log.path()
                        + ".")
                .withKey("tag " + v)
                .withHint(
                    "Add '## ["
                        + v
                        + "] - "
                        + date
                        + "' with the changes of that release, in version order."));
      }
    }
    String newestTag = tagVersions.stream().max(Versions.ORDER).orElseThrow();
    for (ChangelogEntry e : releases) {
      String v = e.version().get();
      if (!e.yanked()
          && Versions.ORDER.compare(v, newestTag) > 0
          && (prereleases || !Versions.isPrerelease(v))) {
        ctx.report(
            Problem.at(
                    log.path(),
                    e.line(),
                    "'"
                        + e.heading()
                        + "' is newer than the newest release tag ("
                        + newestTag
                        + "): the release it describes was never tagged.")
                .withKey("untagged " + v)
                .withHint(
                    "Tag the release (git tag -a v"
                        + v
                        + ") or, if it is not out yet, move its changes under '##"
                        + " [Unreleased]'."));
      }
    }
  }

  /** Release tags (version tags, pre-releases only when asked), newest first. */
  private static List<Tag> releaseTags(RuleContext ctx) {
    History history = ctx.signal(HistorySignal.SIGNAL);
    boolean prereleases = ctx.options().bool("prereleases");
    List<Tag> tags = new ArrayList<>();
    for (Tag t : history.tags()) {
      Optional<String> v = Versions.ofTag(t.name());
      if (v.isPresent() && (prereleases || !Versions.isPrerelease(v.get()))) {
        tags.add(t);
      }
    }
    return tags;
  }
}
