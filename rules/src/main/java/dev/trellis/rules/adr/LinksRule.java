package dev.trellis.rules.adr;

import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.Location;
import dev.trellis.core.rule.OptionSpec;
import dev.trellis.core.rule.OptionSpec.Looser;
import dev.trellis.core.rule.Problem;
import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleContext;
import dev.trellis.core.rule.RuleInfo;
import dev.trellis.core.signal.adr.AdrLink;
import dev.trellis.core.signal.adr.AdrLogs;
import dev.trellis.core.signal.adr.AdrRecord;
import dev.trellis.core.signal.adr.AdrSignal;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code adr/links}: every link from a record to another record resolves, and supersession is
 * stated on both sides. A broken link and a one-sided supersession are reported separately.
 */
public final class LinksRule implements Rule {
  private static final RuleInfo INFO =
      RuleInfo.builder("adr/links")
          .title("Links between decision records resolve, and supersession is stated on both sides")
          .rationale(
              "A reader who lands on an old decision must find the one that replaced it; a link to"
                  + " a renamed or deleted record leaves them at a dead end.")
          .defaultLevel(Level.WARN)
          .option(
              OptionSpec.bool(
                  "symmetric",
                  true,
                  Looser.FALSE,
                  "Whether 'Supersedes' in one record needs 'Superseded by' in the other, and the"
                      + " reverse (the reverse is not asked of MADR and log4brains records, whose"
                      + " templates have no place for it)."))
          .fix(
              "Point the link at the record's current file name, or write the missing half of the"
                  + " supersession ('Superseded by ...' in the old record, 'Supersedes ...' in the"
                  + " new one).")
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx) {
    AdrLogs logs = ctx.signal(AdrSignal.SIGNAL);
    Map<String, AdrRecord> byPath = new HashMap<>();
    for (AdrRecord r : logs.records()) {
      byPath.put(r.path(), r);
    }
    boolean symmetric = ctx.options().bool("symmetric");
    for (AdrRecord r : logs.records()) {
      for (AdrLink l : r.links()) {
        if (l.target() == AdrLink.Target.EXTERNAL || l.exists()) {
          continue;
        }
        if (!l.isRelation() && l.target() != AdrLink.Target.PATH) {
          continue;
        }
        String what =
            l.target() == AdrLink.Target.PATH
                ? "points to " + l.path().orElse(l.destination()) + ", which does not exist"
                : "names " + l.text() + ", which is no record of this log";
        String how = l.verb().isEmpty() ? "The link" : "'" + l.verb() + " " + l.text() + "'";
        ctx.report(
            Problem.at(
                    Location.line(r.path(), l.line()),
                    how
                        + " in "
                        + Adr.name(r)
                        + " "
                        + what
                        + ". Fix the link, or restore the record.")
                .withKey(r.path() + "->" + l.destination()));
      }
      if (!symmetric) {
        continue;
      }
      for (AdrLink l : r.links(AdrLink.Relation.SUPERSEDES)) {
        for (String t : l.targets()) {
          AdrRecord old = byPath.get(t);
          if (old == null
              || old.path().equals(r.path())
              || says(old, AdrLink.Relation.SUPERSEDED_BY, r)) {
            continue;
          }
          ctx.report(
              Problem.at(
                      old.status().line() > 0
                          ? Location.line(old.path(), old.status().line())
                          : Adr.at(old),
                      "One-sided supersession: "
                          + Adr.name(r)
                          + " says it supersedes "
                          + old.label()
                          + ", but "
                          + old.label()
                          + " does not say it is superseded by "
                          + r.label()
                          + ". Write 'Superseded by ["
                          + linkText(r)
                          + "]("
                          + AdrLink.destinationTo(old.path(), r.path())
                          + ")' in its status.")
                  .withKey(old.path() + "<-" + r.path()));
        }
      }
      for (AdrLink l : r.links(AdrLink.Relation.SUPERSEDED_BY)) {
        for (String t : l.targets()) {
          AdrRecord successor = byPath.get(t);
          if (successor == null
              || successor.path().equals(r.path())
              || successor.format().isMadr()
              || says(successor, AdrLink.Relation.SUPERSEDES, r)) {
            continue;
          }
          ctx.report(
              Problem.at(
                      Adr.at(successor),
                      "One-sided supersession: "
                          + Adr.name(r)
                          + " says it is superseded by "
                          + successor.label()
                          + ", but "
                          + successor.label()
                          + " does not say it supersedes "
                          + r.label()
                          + ". Write 'Supersedes ["
                          + linkText(r)
                          + "]("
                          + AdrLink.destinationTo(successor.path(), r.path())
                          + ")' under its status.")
                  .withKey(successor.path() + "->" + r.path()));
        }
      }
    }
  }

  private static boolean says(AdrRecord from, AdrLink.Relation relation, AdrRecord to) {
    return from.links(relation).stream().anyMatch(l -> l.targets().contains(to.path()));
  }

  private static String linkText(AdrRecord r) {
    return r.number().map(n -> n + ". ").orElse("") + r.displayTitle();
  }
}
