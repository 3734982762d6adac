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
import dev.trellis.core.signal.codeowners.Entry;
import dev.trellis.core.signal.codeowners.EntryMatches;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code codeowners/shadowed}: no line is overridden for every file it matches. On GitHub the last
 * matching line wins; on GitLab the last matching line of each section, and an exclusion of the
 * section takes the file away from every line of it.
 */
public final class ShadowedRule implements Rule {
  private static final RuleInfo INFO =
      RuleInfo.builder("codeowners/shadowed")
          .title("Every CODEOWNERS line takes effect for at least one file")
          .rationale(
              "The last matching line wins, so a specific line above a general one never applies:"
                  + " its owners believe they review code that is routed to someone else.")
          .defaultLevel(Level.WARN)
          .fix("Move the line below the lines that override it, or delete it.")
          .example(
              "```\nCODEOWNERS:126: '/sys/net/netif/' never takes effect: every file it matches"
                  + " is owned by the later line 131 '/sys/net/'. Move it below line 131 or delete"
                  + " it.\n```")
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
      if (e.exclusion() || matches.matched(e) == 0 || matches.decided(e) > 0) {
        continue;
      }
      List<Entry> later = new ArrayList<>();
      List<Entry> exclusions = new ArrayList<>();
      for (int i : matches.takenBy(e)) {
        Entry t = f.entries().get(i);
        (t.exclusion() ? exclusions : later).add(t);
      }
      ctx.report(
          Problem.at(Location.at(f.path(), e.line(), e.column()), message(f, e, later, exclusions))
              .withKey(Lines.quoted(e)));
    }
  }

  private static String message(
      CodeownersFile f, Entry e, List<Entry> later, List<Entry> exclusions) {
    StringBuilder m = new StringBuilder();
    m.append(Lines.quoted(e)).append(" never takes effect: every file it matches is ");
    List<String> parts = new ArrayList<>();
    if (!later.isEmpty()) {
      boolean unowning = later.stream().allMatch(t -> t.owners().isEmpty());
      String verb = unowning ? "left without owners by" : "owned by";
      if (later.size() == 1) {
        parts.add(
            verb + " the later line " + later.get(0).line() + " " + Lines.quoted(later.get(0)));
      } else {
        List<String> ls = later.stream().map(t -> t.line() + " " + Lines.quoted(t)).toList();
        parts.add(verb + " the later lines " + String.join(", ", ls));
      }
    }
    if (!exclusions.isEmpty()) {
      List<String> ls = exclusions.stream().map(t -> t.line() + " " + Lines.quoted(t)).toList();
      parts.add(
          "excluded from its section by line"
              + (ls.size() == 1 ? " " : "s ")
              + String.join(", ", ls));
    }
    m.append(String.join(" or ", parts));
    m.append(Lines.inSection(f, e).isEmpty() ? "" : " (in section " + sectionName(f, e) + ")");
    m.append(". ");
    if (!later.isEmpty()) {
      int last = later.get(later.size() - 1).line();
      m.append("Move it below line ").append(last).append(" or delete it.");
    } else {
      m.append("Narrow the exclusion or delete the line.");
    }
    return m.toString();
  }

  private static String sectionName(CodeownersFile f, Entry e) {
    return "[" + f.sections().get(e.section()).name() + "]";
  }
}
