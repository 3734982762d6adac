package dev.trellis.rules.codeowners;

import dev.trellis.core.glob.GlobSet;
import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.Location;
import dev.trellis.core.rule.OptionSpec;
import dev.trellis.core.rule.OptionSpec.Looser;
import dev.trellis.core.rule.Problem;
import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleContext;
import dev.trellis.core.rule.RuleInfo;
import dev.trellis.core.signal.codeowners.Codeowners;
import dev.trellis.core.signal.codeowners.CodeownersSignal;
import dev.trellis.core.signal.codeowners.RepoOwnership;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** {@code codeowners/coverage}: enough of the repository's files have a code owner. */
public final class CoverageRule implements Rule {
  private static final int LISTED = 20;

  private static final RuleInfo INFO =
      RuleInfo.builder("codeowners/coverage")
          .title("Most files have a code owner")
          .rationale(
              "Unowned code gets no reviewer and no one to ask, and it is where incidents go"
                  + " unanswered.")
          .defaultLevel(Level.WARN)
          .option(
              OptionSpec.number(
                  "min", 0.95, Looser.LOWER, "Fraction of files (0 to 1) that must be owned."))
          .option(
              OptionSpec.strings(
                  "exclude",
                  List.of(),
                  Looser.MORE,
                  "Globs of files that need no owner (generated or vendored code)."))
          .fix(
              "Add CODEOWNERS lines for the listed directories and files, or exclude generated"
                  + " and vendored folders with the `exclude` option.")
          .example(
              "```\n.github/CODEOWNERS: 16 of 40 files (40.0%) have no code owner ... Unowned:"
                  + " legacy/ (12 files), tools/ (4 files).\n```\nFix: `/legacy/ @acme/payments`.")
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx) {
    Codeowners co = ctx.signal(CodeownersSignal.SIGNAL);
    if (co.file().isEmpty()) {
      return; // codeowners/present reports the missing file
    }
    RepoOwnership own = ctx.signal(CodeownersSignal.OWNERSHIP);
    GlobSet exclude = GlobSet.of(ctx.options().strings("exclude"));
    double min = ctx.options().number("min");
    List<String> considered = new ArrayList<>();
    List<Boolean> owned = new ArrayList<>();
    List<String> files = own.files();
    boolean[] excluded = exclude.matchedSorted(files);
    for (int i = 0; i < files.size(); i++) {
      if (!excluded[i]) {
        considered.add(files.get(i));
        owned.add(own.ownership(i).owned());
      }
    }
    int total = considered.size();
    long unownedCount = owned.stream().filter(o -> !o).count();
    if (total == 0 || (total - unownedCount) >= min * total) {
      return;
    }
    List<String> groups = collapse(considered, owned);
    StringBuilder m = new StringBuilder();
    m.append(
        String.format(
            Locale.ROOT,
            "%d of %d files (%.1f%%) have no code owner; the policy asks that at least %s have"
                + " one. Unowned: ",
            unownedCount,
            total,
            100.0 * unownedCount / total,
            percent(min)));
    m.append(String.join(", ", groups.subList(0, Math.min(LISTED, groups.size()))));
    if (groups.size() > LISTED) {
      m.append(" and ").append(groups.size() - LISTED).append(" more");
    }
    m.append(". Add CODEOWNERS lines for them, or exclude generated folders with `exclude`.");
    ctx.report(Problem.at(Location.file(co.file().get().path()), m.toString()).withKey("coverage"));
  }

  private static String percent(double min) {
    double p = min * 100;
    return p == Math.rint(p)
        ? String.format(Locale.ROOT, "%d%%", (long) p)
        : String.format(Locale.ROOT, "%.1f%%", p);
  }

  /**
   * The unowned files as the smallest set of directories ({@code legacy/ (12 files)}) and single
   * files: a directory is named when none of its considered files is owned and its parent has an
   * owned file.
   */
  static List<String> collapse(List<String> files, List<Boolean> owned) {
    Map<String, int[]> counts = new HashMap<>(); // dir -> {total, unowned}
    Map<String, TreeSet<String>> children = new TreeMap<>();
    Map<String, List<String>> unownedHere = new HashMap<>();
    for (int i = 0; i < files.size(); i++) {
      String f = files.get(i);
      boolean u = !owned.get(i);
      String dir = "";
      int[] c = counts.computeIfAbsent("", k -> new int[2]);
      c[0]++;
      if (u) {
        c[1]++;
      }
      int slash = f.indexOf('/');
      while (slash >= 0) {
        String sub = f.substring(0, slash + 1);
        children.computeIfAbsent(dir, k -> new TreeSet<>()).add(sub);
        int[] cs = counts.computeIfAbsent(sub, k -> new int[2]);
        cs[0]++;
        if (u) {
          cs[1]++;
        }
        dir = sub;
        slash = f.indexOf('/', slash + 1);
      }
      if (u) {
        unownedHere.computeIfAbsent(dir, k -> new ArrayList<>()).add(f);
      }
    }
    List<String> out = new ArrayList<>();
    walk("", counts, children, unownedHere, out);
    return out;
  }

  private static void walk(
      String dir,
      Map<String, int[]> counts,
      Map<String, TreeSet<String>> children,
      Map<String, List<String>> unownedHere,
      List<String> out) {
    int[] c = counts.get(dir);
    if (c == null || c[1] == 0) {
      return;
    }
    if (c[1] == c[0] && c[0] > 1) {
      out.add(dir.isEmpty() ? "every file" : dir + " (" + c[0] + " files)");
      return;
    }
    // files directly here first, then subdirectories, each in path order
    out.addAll(unownedHere.getOrDefault(dir, List.of()));
    for (String child : children.getOrDefault(dir, new TreeSet<>())) {
      walk(child, counts, children, unownedHere, out);
    }
  }
}
