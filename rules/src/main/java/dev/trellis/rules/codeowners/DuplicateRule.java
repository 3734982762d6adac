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
import java.util.HashMap;
import java.util.Map;

/**
 * {@code codeowners/duplicate}: no pattern appears twice (in the same section on GitLab). Patterns
 * are compared in a normalised form, so {@code /a/b} and {@code a/b} are the same on GitHub, and
 * {@code docs/} and {@code /**}{@code /docs/} on GitLab.
 */
public final class DuplicateRule implements Rule {
  private static final RuleInfo INFO =
      RuleInfo.builder("codeowners/duplicate")
          .title("No CODEOWNERS pattern is written twice")
          .rationale(
              "Owners on two lines do not add up: only the later line counts, so the owners on the"
                  + " earlier one are silently dropped.")
          .defaultLevel(Level.WARN)
          .fix("Put all the owners on one line and delete the other.")
          .example(
              "```\nCODEOWNERS:9:1: '*.md' repeats line 3 ...\n```\nFix: `*.md @docs @writers`"
                  + " once.")
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx) {
    Codeowners co = ctx.signal(CodeownersSignal.SIGNAL);
    if (co.file().isEmpty()) {
      return;
    }
    CodeownersFile f = co.file().get();
    Map<String, Entry> seen = new HashMap<>();
    for (Entry e : f.activeEntries()) {
      String key = e.section() + (e.exclusion() ? "!" : " ") + e.matcher().canonical();
      Entry first = seen.putIfAbsent(key, e);
      if (first == null) {
        continue;
      }
      String samePattern =
          first.pattern().equals(e.pattern())
              ? "repeats line " + first.line()
              : "matches the same paths as line " + first.line() + " " + Lines.quoted(first);
      String effect;
      if (e.exclusion()) {
        effect = "; one exclusion is enough. Delete this line.";
      } else if (first.ownerNames().equals(e.ownerNames())) {
        effect = " with the same owners. Delete one of them.";
      } else {
        effect =
            ": only this line counts"
                + (co.dialect() == Dialect.GITLAB ? " in its section" : "")
                + ", so the owners of line "
                + first.line()
                + (first.owners().isEmpty()
                    ? ""
                    : " (" + String.join(" ", first.ownerNames()) + ")")
                + " are dropped. Put all the owners on one line and delete the other.";
      }
      ctx.report(
          Problem.at(
                  Location.at(f.path(), e.line(), e.column()),
                  Lines.quoted(e) + Lines.inSection(f, e) + " " + samePattern + effect)
              .withKey(Lines.quoted(e)));
    }
  }
}
