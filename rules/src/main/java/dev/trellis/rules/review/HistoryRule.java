package dev.trellis.rules.review;

import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.OptionSpec;
import dev.trellis.core.rule.OptionSpec.Looser;
import dev.trellis.core.rule.Problem;
import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleContext;
import dev.trellis.core.rule.RuleInfo;
import dev.trellis.core.signal.history.ChangeKind;
import dev.trellis.core.signal.history.FirstParentLog;
import dev.trellis.core.signal.history.History;
import dev.trellis.core.signal.history.HistoryCommit;
import dev.trellis.core.signal.history.HistorySignal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code review/history}: most changes on the branch arrived with review evidence in git (merged
 * pull or merge requests, squash merges, merge bots, Gerrit, review trailers, and by default
 * changes landed by another person). Works offline with no API token.
 */
public final class HistoryRule implements Rule {
  private static final RuleInfo INFO =
      RuleInfo.builder("review/history")
          .title("Changes reach the default branch through review")
          .rationale(
              "Branch settings say what should happen; history shows what did. A branch where"
                  + " changes are pushed directly has no second pair of eyes, whatever the"
                  + " settings declare.")
          .defaultLevel(Level.WARN)
          .option(
              OptionSpec.number(
                  "min", 0.9, Looser.LOWER, "Share of counted commits that must show review."))
          .option(
              OptionSpec.integer(
                  "commits", 500, Looser.NEITHER, "How many first-parent commits to look at."))
          .option(
              OptionSpec.integer(
                  "days",
                  0,
                  Looser.NEITHER,
                  "Only look at commits of the last so many days (0: no date bound)."))
          .option(
              OptionSpec.bool(
                  "countLandedByOther",
                  true,
                  Looser.TRUE,
                  "Count a commit whose committer is not its author (GitHub's rebase merge, a"
                      + " maintainer applying a patch) as reviewed."))
          .option(
              OptionSpec.integer(
                  "minCommits",
                  20,
                  Looser.HIGHER,
                  "Judge only when at least this many commits are counted."))
          .fix(
              "Protect the default branch so that changes land through pull or merge requests;"
                  + " if direct pushes are intended (a docs-only repository), lower 'min' in"
                  + " trellis.yml with a reason.")
          .build();

  private static final int LISTED = 20;

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx) {
    History history = ctx.signal(HistorySignal.SIGNAL);
    if (!history.available()) {
      String why = history.unavailableReason().orElse("");
      if (why.contains("shallow")) {
        ctx.report(
            Problem.inRepository("Review history cannot be judged: " + why + ".")
                .withKey("unavailable")
                .withHint(
                    "Check out the full history (in GitHub Actions: actions/checkout with"
                        + " fetch-depth: 0)."));
      }
      return;
    }
    int commits = (int) Math.max(1, ctx.options().integer("commits"));
    long days = ctx.options().integer("days");
    Optional<Instant> since =
        days > 0
            ? Optional.of(ctx.today().minusDays(days).atStartOfDay(ZoneOffset.UTC).toInstant())
            : Optional.empty();
    FirstParentLog log = history.firstParent(commits, since);
    boolean landed = ctx.options().bool("countLandedByOther");
    List<HistoryCommit> unreviewed = new ArrayList<>();
    int counted = 0;
    for (HistoryCommit c : log.commits()) {
      if (c.kind() == ChangeKind.BOT) {
        continue;
      }
      counted++;
      boolean reviewed = c.kind().reviewed() && (landed || c.kind() != ChangeKind.LANDED_BY_OTHER);
      if (!reviewed) {
        unreviewed.add(c);
      }
    }
    if (counted == 0 || counted < ctx.options().integer("minCommits")) {
      return;
    }
    double min = ctx.options().number("min");
    double share = (counted - unreviewed.size()) / (double) counted;
    if (share >= min) {
      return;
    }
    String branch = log.branch().map(b -> " on " + b).orElse("");
    String window =
        since.isPresent()
            ? "the "
                + counted
                + " counted first-parent commits"
                + branch
                + " of the last "
                + days
                + " days"
            : "the last " + counted + " counted first-parent commits" + branch;
    StringBuilder msg = new StringBuilder();
    msg.append(unreviewed.size())
        .append(" of ")
        .append(window)
        .append(" (")
        .append(percent(1 - share))
        .append(") arrived with no review evidence; at most ")
        .append(percent(1 - min))
        .append(" may (option min ")
        .append(min)
        .append("). ")
        .append(classes(log.counts(), landed))
        .append(". Direct pushes: ");
    List<String> listed = new ArrayList<>();
    for (HistoryCommit c : unreviewed.subList(0, Math.min(LISTED, unreviewed.size()))) {
      listed.add(
          c.shortId()
              + " '"
              + shortSubject(c.subject())
              + "' ("
              + c.authorName()
              + ", "
              + c.time().atZone(ZoneOffset.UTC).toLocalDate()
              + ")");
    }
    msg.append(String.join("; ", listed));
    if (unreviewed.size() > LISTED) {
      msg.append("; and ").append(unreviewed.size() - LISTED).append(" more");
    }
    msg.append('.');
    ctx.report(Problem.inRepository(msg.toString()).withKey("share"));
  }

  /**
   * A subject cut to a readable length: the list names commits, it does not repeat their messages.
   */
  static String shortSubject(String subject) {
    return subject.length() <= 60 ? subject : subject.substring(0, 57).strip() + "...";
  }

  private static String classes(Map<ChangeKind, Integer> counts, boolean landed) {
    List<String> parts = new ArrayList<>();
    for (ChangeKind k : ChangeKind.values()) {
      Integer n = counts.get(k);
      if (n == null || k == ChangeKind.DIRECT) {
        continue;
      }
      String label = k.count(n);
      if (k == ChangeKind.LANDED_BY_OTHER && !landed) {
        label += " (not counted as reviewed)";
      }
      if (k == ChangeKind.BOT) {
        label += " (not counted)";
      }
      parts.add(label);
    }
    return parts.isEmpty()
        ? "No commit shows review"
        : "Reviewed or set aside: " + String.join(", ", parts);
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", share * 100);
  }
}
