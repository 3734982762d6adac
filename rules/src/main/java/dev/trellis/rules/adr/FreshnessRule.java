package dev.trellis.rules.adr;

import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.OptionSpec;
import dev.trellis.core.rule.OptionSpec.Looser;
import dev.trellis.core.rule.Problem;
import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleContext;
import dev.trellis.core.rule.RuleInfo;
import dev.trellis.core.signal.adr.AdrLog;
import dev.trellis.core.signal.adr.AdrLogs;
import dev.trellis.core.signal.adr.AdrRecord;
import dev.trellis.core.signal.adr.AdrSignal;
import dev.trellis.core.signal.adr.AdrStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * {@code adr/freshness}: the newest accepted record of each log is younger than {@code maxAgeDays},
 * by the date it first appeared in git history. Without history (a shallow clone, not a git
 * repository) the date written in the record or its file name is used, and the message says so. A
 * record with no status counts as accepted (as log4brains reads it); proposed, rejected and
 * superseded ones do not count.
 */
public final class FreshnessRule implements Rule {
  private static final RuleInfo INFO =
      RuleInfo.builder("adr/freshness")
          .title("Decisions keep being recorded")
          .rationale(
              "A decision log nobody adds to is a ritual that stopped: decisions are still being"
                  + " made, just no longer written down.")
          .defaultLevel(Level.INFO)
          .option(
              OptionSpec.integer(
                  "maxAgeDays",
                  365,
                  Looser.HIGHER,
                  "How old, in days, the newest accepted record may be."))
          .fix(
              "Write records for the significant decisions made since the last one, or raise"
                  + " maxAgeDays if the system truly has not changed.")
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  private record Dated(AdrRecord record, LocalDate date, String how) {}

  @Override
  public void check(RuleContext ctx) {
    long maxAge = ctx.options().integer("maxAgeDays");
    AdrLogs logs = ctx.signal(AdrSignal.SIGNAL);
    boolean git = logs.history() == AdrLogs.History.AVAILABLE;
    LocalDate today = ctx.today();
    for (AdrLog log : logs.logs()) {
      Dated newest = null;
      for (AdrRecord r : log.readable()) {
        AdrStatus.Canonical c = r.status().canonical();
        if (c != AdrStatus.Canonical.ACCEPTED && c != AdrStatus.Canonical.UNKNOWN) {
          continue;
        }
        Optional<Dated> d = dated(r, git, today);
        if (d.isPresent() && (newest == null || d.get().date().isAfter(newest.date()))) {
          newest = d.get();
        }
      }
      if (newest == null) {
        continue;
      }
      long age = ChronoUnit.DAYS.between(newest.date(), today);
      if (age > maxAge) {
        AdrRecord r = newest.record();
        ctx.report(
            Problem.inFile(
                    r.path(),
                    "The newest accepted decision in "
                        + log.directory()
                        + ", "
                        + Adr.name(r)
                        + (r.title().isEmpty() ? "" : " '" + r.title() + "'")
                        + ", "
                        + newest.how()
                        + " "
                        + newest.date()
                        + ", "
                        + age
                        + " days ago (the limit is "
                        + maxAge
                        + "). Record the decisions made since, or raise maxAgeDays.")
                .withKey(log.directory()));
      }
    }
  }

  private static Optional<Dated> dated(AdrRecord r, boolean git, LocalDate today) {
    if (git) {
      // not committed yet: it is being written now
      return Optional.of(
          r.firstCommitted()
              .map(d -> new Dated(r, d, "was first committed"))
              .orElse(new Dated(r, today, "is not committed yet")));
    }
    return r.writtenDate().map(d -> new Dated(r, d, "is dated (no git history to tell)"));
  }
}
