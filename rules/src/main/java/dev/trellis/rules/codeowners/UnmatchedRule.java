package dev.trellis.rules.codeowners;

import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.Location;
import dev.trellis.core.rule.Problem;
import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleContext;
import dev.trellis.core.rule.RuleInfo;
import dev.trellis.core.signal.codeowners.Codeowners;
import dev.trellis.core.signal.codeowners.CodeownersFile;
import dev.trellis.core.signal.codeowners.CodeownersSignal;
import dev.trellis.core.signal.codeowners.Dialect;
import dev.trellis.core.signal.codeowners.Entry;
import dev.trellis.core.signal.codeowners.EntryMatches;

/** {@code codeowners/unmatched}: every pattern matches at least one file. */
public final class UnmatchedRule implements Rule {
  private static final RuleInfo INFO =
      RuleInfo.builder("codeowners/unmatched")
          .title("Every CODEOWNERS pattern matches at least one file")
          .rationale(
              "A pattern that matches nothing is a stale path: the code moved, and the owners"
                  + " think they still review it while the moved code has nobody.")
          .defaultLevel(Level.WARN)
          .fix("Point the pattern at where the code lives now, or delete the line.")
          .example(
              "```\nCODEOWNERS:12:1: '/services/billing-old/' matches no file ...\n```\nFix:"
                  + " `/services/billing/ @acme/payments`.")
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx) {
    Codeowners co = ctx.signal(CodeownersSignal.SIGNAL);
    if (co.file().isEmpty() || !co.file().get().loaded()) {
      return;
    }
    CodeownersFile f = co.file().get();
    EntryMatches matches = ctx.signal(CodeownersSignal.MATCHES);
    for (Entry e : f.activeEntries()) {
      if (matches.matched(e) > 0) {
        continue;
      }
      String what = e.exclusion() ? "The exclusion " : "";
      String dir = e.pattern().replaceAll("^/+", "");
      if (co.dialect() == Dialect.GITLAB
          && !e.pattern().endsWith("/")
          && !dir.isEmpty()
          && !dir.matches(".*[*?\\[\\]\\\\].*")
          && ctx.repo().isDirectory(dir)) {
        ctx.report(
            Problem.at(
                    Location.at(f.path(), e.line(), e.column()),
                    what
                        + Lines.quoted(e)
                        + " matches no file: GitLab matches a pattern without a trailing `/` to"
                        + " files only, and "
                        + dir
                        + " is a directory. Write '"
                        + e.pattern()
                        + "/' to own what is inside it.")
                .withKey(Lines.quoted(e)));
        continue;
      }
      ctx.report(
          Problem.at(
                  Location.at(f.path(), e.line(), e.column()),
                  what
                      + Lines.quoted(e)
                      + " matches no file: the path is stale or misspelt"
                      + " (paths are case sensitive and start at the repository root). Point it"
                      + " at where the code lives now, or delete the line.")
              .withKey(Lines.quoted(e)));
    }
  }
}
