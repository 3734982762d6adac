package dev.trellis.rules.adr;

import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.Location;
import dev.trellis.core.rule.Problem;
import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleContext;
import dev.trellis.core.rule.RuleInfo;
import dev.trellis.core.signal.adr.AdrIndex;
import dev.trellis.core.signal.adr.AdrLog;
import dev.trellis.core.signal.adr.AdrRecord;
import dev.trellis.core.signal.adr.AdrSignal;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code adr/index}: when a log keeps an index ({@code README.md}, {@code index.md}, an adr-log
 * block), it lists every record, and every entry points to a record that exists. A README that
 * mentions a single record in passing, or a few key ones (under half of the log), is not held to
 * listing them all.
 */
public final class IndexRule implements Rule {
  private static final RuleInfo INFO =
      RuleInfo.builder("adr/index")
          .title("A decision log's index lists every record, and only records that exist")
          .rationale(
              "People browse the index, not the folder: a record missing from it is a decision"
                  + " nobody finds, and an entry for a deleted record is a dead end.")
          .defaultLevel(Level.WARN)
          .fix(
              "Add the missing records to the index (adr-log and 'adr generate toc' regenerate it),"
                  + " and remove or fix entries whose file is gone.")
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx) {
    for (AdrLog log : ctx.signal(AdrSignal.SIGNAL).logs()) {
      for (AdrIndex index : log.indexes()) {
        if (!index.isList()) {
          continue;
        }
        Set<String> listed = new HashSet<>();
        for (AdrIndex.Entry e : index.entries()) {
          listed.add(e.target());
          if (!e.exists()) {
            ctx.report(
                Problem.at(
                        Location.line(index.path(), e.line()),
                        "The index lists '"
                            + e.text()
                            + "' at "
                            + e.target()
                            + ", which does not exist. Remove the entry, or point it at the"
                            + " record's current file.")
                    .withKey(index.path() + "->" + e.target()));
          }
        }
        // a README that points at a few key decisions is no full index: hold to completeness only
        // generated lists and lists that name at least half of the records
        if (!index.adrLog() && listed.size() * 2 < log.records().size()) {
          continue;
        }
        for (AdrRecord r : log.records()) {
          if (!listed.contains(r.path())) {
            ctx.report(
                Problem.inFile(
                        index.path(),
                        "The index does not list "
                            + Adr.name(r)
                            + (r.title().isEmpty() ? "" : " '" + r.title() + "'")
                            + ". Add an entry for it.")
                    .withKey(index.path() + ":missing:" + r.path()));
          }
        }
      }
    }
  }
}
