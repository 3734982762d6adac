package dev.trellis.core.declarative;

import dev.trellis.core.glob.GlobSet;
import dev.trellis.core.repo.FileContent;
import dev.trellis.core.rule.Problem;
import dev.trellis.core.rule.RuleContext;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The files a declarative rule looks at: its {@code paths} globs, with the line each was written
 * on, so a glob that matches nothing can be reported where it is written.
 */
final class PathSelection {
  static final String EXAMPLE = "paths: [\"docs/**/*.md\"]";

  private final Origin origin;
  private final List<DeclarativeEntry.Item> items;
  private final GlobSet globs;

  private PathSelection(Origin origin, List<DeclarativeEntry.Item> items) {
    this.origin = origin;
    this.items = List.copyOf(items);
    this.globs = GlobSet.of(items.stream().map(DeclarativeEntry.Item::text).toList());
  }

  /** Reads {@code paths}; empty (with a problem recorded) when it is missing or malformed. */
  static Optional<PathSelection> read(DeclarativeEntry entry) {
    List<DeclarativeEntry.Item> items = entry.strings("paths", EXAMPLE);
    return items.isEmpty()
        ? Optional.empty()
        : Optional.of(new PathSelection(entry.origin(), items));
  }

  GlobSet globs() {
    return globs;
  }

  /** The globs as written, for messages: {@code 'a', 'b'}. */
  String describe() {
    return String.join(" or ", items.stream().map(i -> "'" + i.text() + "'").toList());
  }

  /** The files of the repository point that any glob matches, sorted. */
  List<String> select(RuleContext ctx) {
    return globs.selectSorted(ctx.repo().files());
  }

  /**
   * Hands each text file the globs select (binary and unreadable files skipped) to {@code check},
   * after reporting each glob that selected nothing: what every content rule reads. Files are read
   * and checked in parallel when there are many (reading and matching a large source tree is most
   * of a content rule's cost), so {@code check} must be thread-safe; {@link RuleContext#report} is.
   */
  void forEachText(RuleContext ctx, Consumer<FileContent> check) {
    List<String> selected = select(ctx);
    reportUnmatched(ctx, selected);
    Stream<String> paths =
        selected.size() >= PARALLEL_FROM ? selected.parallelStream() : selected.stream();
    paths.forEach(path -> ctx.repo().read(path).filter(c -> !c.binary()).ifPresent(check));
  }

  /** Below this many files, one thread reads them faster than several. */
  private static final int PARALLEL_FROM = 32;

  /**
   * Reports each glob that matched none of {@code selected}: configuration that has rotted, since
   * the rule then checks nothing there. Only for a rule of the repository's own policy file: a
   * baseline is written for many repositories, and its glob matching nothing in one of them is no
   * mistake, nor one the team could fix.
   */
  void reportUnmatched(RuleContext ctx, List<String> selected) {
    if (!origin.ownPolicy()) {
      return;
    }
    boolean[] used = globs.used(selected);
    for (int i = 0; i < items.size(); i++) {
      if (!used[i]) {
        DeclarativeEntry.Item item = items.get(i);
        ctx.report(
            Problem.at(
                    origin.policyLocation(item.line()),
                    "The glob '"
                        + item.text()
                        + "' in 'paths' of "
                        + origin.id()
                        + " ("
                        + origin.file()
                        + ":"
                        + item.line()
                        + ") matches no file, so the rule checks nothing there. Fix the glob or"
                        + " remove it.")
                .withKey("unmatched:" + item.text())
                .withHint("Correct or remove the glob in " + origin.file() + "."));
      }
    }
  }
}
