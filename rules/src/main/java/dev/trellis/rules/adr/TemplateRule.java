package dev.trellis.rules.adr;

import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.Problem;
import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleContext;
import dev.trellis.core.rule.RuleInfo;
import dev.trellis.core.signal.adr.AdrLog;
import dev.trellis.core.signal.adr.AdrSignal;

/**
 * {@code adr/template}: each decision log keeps a template for new records ({@code template.md},
 * {@code adr-template.md}, {@code 0000-template.md}, or a file under {@code templates/}). Off by
 * default: a baseline that wants teams to share a template turns it on.
 */
public final class TemplateRule implements Rule {
  private static final RuleInfo INFO =
      RuleInfo.builder("adr/template")
          .title("Each decision log keeps a template for new records")
          .rationale(
              "A template in the log makes every new record start from the agreed sections,"
                  + " whoever writes it and whatever tool they use.")
          .defaultLevel(Level.OFF)
          .fix(
              "Add template.md to the log folder (adr-tools reads templates/template.md; MADR"
                  + " ships adr-template.md), with the sections the baseline asks for.")
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx) {
    for (AdrLog log : ctx.signal(AdrSignal.SIGNAL).logs()) {
      if (log.templates().isEmpty() && !log.records().isEmpty()) {
        ctx.report(
            Problem.inRepository(
                    "The decision log "
                        + log.directory()
                        + " has no template for new records. Add "
                        + log.directory()
                        + "/template.md with the sections records must have.")
                .withKey(log.directory()));
      }
    }
  }
}
