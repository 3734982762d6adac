package dev.trellis.rules.adr;

import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.Location;
import dev.trellis.core.rule.Problem;
import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleContext;
import dev.trellis.core.rule.RuleInfo;
import dev.trellis.core.signal.adr.AdrLog;
import dev.trellis.core.signal.adr.AdrLogs;
import dev.trellis.core.signal.adr.AdrSignal;

/** {@code adr/present}: the repository keeps an architecture decision log with records in it. */
public final class PresentRule implements Rule {
  private static final RuleInfo INFO =
      RuleInfo.builder("adr/present")
          .title("The repository keeps an architecture decision log")
          .rationale(
              "Decisions that are not written down get made again, or silently undone, by the next"
                  + " person who does not know why things are the way they are.")
          .defaultLevel(Level.WARN)
          .fix(
              "Record the next significant decision with 'trellis adr new \"Title\"' (it starts"
                  + " docs/adr/), or set 'adr: { path: ... }' in trellis.yml to the folder the"
                  + " team uses.")
          .example(
              "`(repository): No architecture decision log found.` Fix: `trellis adr new \"Record"
                  + " architecture decisions\"`.")
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx) {
    AdrLogs logs = ctx.signal(AdrSignal.SIGNAL);
    for (AdrLogs.Problem p : logs.problems()) {
      ctx.report(
          Problem.at(
                  Location.line(p.path(), p.line()),
                  p.message() + " No decision log is read from it.")
              .withKey(p.path() + ":" + p.message()));
    }
    if (logs.logs().isEmpty()) {
      ctx.report(
          Problem.inRepository(
                  "No architecture decision log found: there is no .adr-dir, no .log4brains.yml,"
                      + " and none of docs/adr, doc/adr, docs/decisions,"
                      + " docs/architecture/decisions and the other usual folders holds a record.")
              .withKey("no-log"));
      return;
    }
    for (AdrLog log : logs.logs()) {
      Location where =
          log.sourceFile()
              .filter(f -> !f.equals("trellis.yml"))
              .map(Location::file)
              .orElse(Location.REPOSITORY);
      for (String problem : log.problems()) {
        ctx.report(
            Problem.at(
                    where,
                    "The decision log is missing: "
                        + problem
                        + ". Create the folder with a first record, or fix the path.")
                .withKey(log.directory()));
      }
      if (log.problems().isEmpty() && log.records().isEmpty()) {
        ctx.report(
            Problem.at(
                    where,
                    "The decision log '"
                        + log.directory()
                        + "' (named by "
                        + log.source().describe()
                        + ") holds no records. Write the first one with 'trellis adr new'.")
                .withKey(log.directory()));
      }
    }
  }
}
