package dev.trellis.core.report;

import dev.trellis.core.engine.CheckResult;
import dev.trellis.core.policy.Deviation;
import dev.trellis.core.policy.PolicyOutcome;
import dev.trellis.core.policy.Waiver;
import dev.trellis.core.rule.Finding;
import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.Location;
import dev.trellis.core.rule.RuleInfo;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * GitHub-flavoured Markdown for a pull-request comment or a CI job summary ({@code
 * $GITHUB_STEP_SUMMARY}): a verdict line, the counts, a table per level (the most severe open, the
 * rest folded), how to fix each rule, deviations from the baseline, waivers, waived and accepted
 * findings. Tables are capped at {@value #MAX_ROWS} rows ("and N more"), so a large result stays
 * well under GitHub's 65,536-character comment limit. Every piece of text from a finding is
 * escaped: it shows literally, never as Markdown or HTML.
 */
public final class MarkdownReport implements Report {
  /** Rows shown per table; the rest are counted. */
  public static final int MAX_ROWS = 50;

  /** Longest message shown in a table cell. */
  static final int MAX_CELL = 400;

  @Override
  public String format() {
    return "markdown";
  }

  @Override
  public String fileName() {
    return "report.md";
  }

  @Override
  public void write(CheckResult result, Writer out, ReportOptions options) throws IOException {
    StringBuilder b = new StringBuilder();
    boolean fails = result.fails(options.failOn());
    b.append("## ").append(fails ? "❌ Trellis: failed" : "✅ Trellis: passed").append("\n\n");
    String setAside = ReportData.setAside(result);
    b.append("**")
        .append(ReportData.counts(result))
        .append("**")
        .append(setAside.isEmpty() ? "" : " (" + setAside + ")")
        .append(". The run fails on ")
        .append(options.failOn().failOnName())
        .append(".\n\n");
    b.append("Checked ")
        .append(
            code(
                result.root().getFileName() == null ? "/" : result.root().getFileName().toString()))
        .append(" (")
        .append(escape(ReportData.point(result)))
        .append(") on ")
        .append(result.today())
        .append(" against ")
        .append(escape(ReportData.baselines(result)))
        .append(" with Trellis ")
        .append(escape(options.toolVersion()))
        .append(" (")
        .append(ReportData.plural(result.rules().size(), "rule"))
        .append(").\n\n");

    b.append("| error | warn | info | waived | accepted |\n| ---: | ---: | ---: | ---: | ---: |\n");
    b.append("| ")
        .append(result.count(Level.ERROR))
        .append(" | ")
        .append(result.count(Level.WARN))
        .append(" | ")
        .append(result.count(Level.INFO))
        .append(" | ")
        .append(ReportData.withStatus(result, Finding.Status.WAIVED).size())
        .append(" | ")
        .append(ReportData.withStatus(result, Finding.Status.ACCEPTED).size())
        .append(" |\n");

    // The most severe level with findings is shown open; the lesser ones are folded.
    List<Finding> errors = ReportData.open(result, Level.ERROR);
    List<Finding> warnings = ReportData.open(result, Level.WARN);
    section(b, "Errors", errors, false, false);
    section(b, "Warnings", warnings, !errors.isEmpty(), false);
    section(
        b,
        "Info",
        ReportData.open(result, Level.INFO),
        !errors.isEmpty() || !warnings.isEmpty(),
        false);
    fixes(b, result);
    deviations(b, result.outcome().deviations());
    waivers(b, result.outcome().waivers());
    section(b, "Waived findings", ReportData.withStatus(result, Finding.Status.WAIVED), true, true);
    section(
        b, "Accepted findings", ReportData.withStatus(result, Finding.Status.ACCEPTED), true, true);
    int fixed = result.outcome().fixed().size();
    if (fixed > 0) {
      b.append("\n")
          .append(fixed == 1 ? "1 accepted finding is" : fixed + " accepted findings are")
          .append(" fixed; `trellis accept` drops ")
          .append(fixed == 1 ? "it" : "them")
          .append(" from `.trellis/accepted.json`.\n");
    }
    out.write(b.toString());
    out.flush();
  }

  private static void section(
      StringBuilder b, String title, List<Finding> findings, boolean folded, boolean withNote) {
    if (findings.isEmpty()) {
      return;
    }
    String heading = title + " (" + findings.size() + ")";
    if (folded) {
      b.append("\n<details><summary>").append(heading).append("</summary>\n\n");
    } else {
      b.append("\n### ").append(heading).append("\n\n");
    }
    b.append(
        withNote
            ? "| rule | where | finding | why |\n| --- | --- | --- | --- |\n"
            : "| rule | where | finding |\n| --- | --- | --- |\n");
    for (Finding f : findings.subList(0, Math.min(MAX_ROWS, findings.size()))) {
      b.append("| ")
          .append(code(f.ruleId()))
          .append(" | ")
          .append(where(f.location()))
          .append(" | ")
          .append(cell(SarifReport.cut(f.message(), MAX_CELL)))
          .append(withNote ? " | " + cell(f.note().orElse("")) : "")
          .append(" |\n");
    }
    more(b, findings.size());
    if (folded) {
      b.append("\n</details>\n");
    }
  }

  /** Where the repository's policy weakens its baseline; unexplained and refused ones in bold. */
  private static void deviations(StringBuilder b, List<Deviation> deviations) {
    if (deviations.isEmpty()) {
      return;
    }
    b.append("\n### Deviations from the baseline (")
        .append(deviations.size())
        .append(")\n\n| rule | setting | baseline | here | status | reason |\n")
        .append("| --- | --- | --- | --- | --- | --- |\n");
    for (Deviation d : deviations.subList(0, Math.min(MAX_ROWS, deviations.size()))) {
      String status = d.kind().name().toLowerCase(Locale.ROOT);
      b.append("| ")
          .append(code(d.ruleId()))
          .append(" | ")
          .append(cell(d.setting()))
          .append(" | ")
          .append(code(d.baselineValue()))
          .append(" | ")
          .append(code(d.repoValue()))
          .append(" | ")
          .append(d.kind() == Deviation.Kind.EXPLAINED ? status : "**" + status + "**")
          .append(" | ")
          .append(d.reason().map(MarkdownReport::cell).orElse("—"))
          .append(" |\n");
    }
    more(b, deviations.size());
  }

  /** Every waiver and what became of it. */
  private static void waivers(StringBuilder b, List<PolicyOutcome.WaiverUse> waivers) {
    if (waivers.isEmpty()) {
      return;
    }
    b.append("\n### Waivers (")
        .append(waivers.size())
        .append(")\n\n| rule | paths | owner | expires | state | findings | reason |\n")
        .append("| --- | --- | --- | --- | --- | ---: | --- |\n");
    for (PolicyOutcome.WaiverUse u : waivers.subList(0, Math.min(MAX_ROWS, waivers.size()))) {
      Waiver w = u.waiver();
      String state = u.state();
      b.append("| ")
          .append(code(w.ruleId()))
          .append(" | ")
          .append(String.join(", ", w.paths().stream().map(MarkdownReport::code).toList()))
          .append(" | ")
          .append(code(w.owner()))
          .append(" | ")
          .append(w.expires())
          .append(" | ")
          .append(state.equals("active") ? state : "**" + state + "**")
          .append(" | ")
          .append(u.waived())
          .append(" | ")
          .append(cell(w.reason()))
          .append(" |\n");
    }
    more(b, waivers.size());
  }

  private static void more(StringBuilder b, int size) {
    if (size > MAX_ROWS) {
      b.append("\n_…and ")
          .append(size - MAX_ROWS)
          .append(" more; the full list is in the JSON, SARIF or HTML report._\n");
    }
  }

  /** How to fix each rule with open findings, folded. */
  private static void fixes(StringBuilder b, CheckResult result) {
    Map<String, List<Finding>> open =
        ReportData.byRule(result.findings().stream().filter(Finding::counts).toList());
    if (open.isEmpty()) {
      return;
    }
    b.append("\n<details><summary>How to fix (")
        .append(ReportData.plural(open.size(), "rule"))
        .append(")</summary>\n\n");
    for (RuleInfo rule : ReportData.rules(result)) {
      List<Finding> mine = open.get(rule.id());
      if (mine == null) {
        continue;
      }
      b.append("- ")
          .append(code(rule.id()))
          .append(" — ")
          .append(escape(rule.title()))
          .append(" (")
          .append(ReportData.plural(mine.size(), "finding"))
          .append("): ")
          .append(escape(rule.fix().isEmpty() ? rule.rationale() : rule.fix()))
          .append("\n");
    }
    b.append("\n</details>\n");
  }

  private static String where(Location location) {
    return location instanceof Location.InFile file ? code(file.toString()) : "repository";
  }

  /**
   * Text that shows literally in Markdown: ASCII punctuation that Markdown or GFM may read is
   * backslash-escaped, {@code <} and {@code &} become entities (no HTML), {@code @} cannot mention
   * anyone, line breaks become spaces.
   */
  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '#', '|', '~', '>' -> b.append('\\').append(c);
        case '<' -> b.append("&lt;");
        // a zero-width space keeps GitHub from notifying @people and @org/teams named in text
        case '@' -> b.append("@&#8203;");
        case '&' -> b.append("&amp;");
        case '\r' -> {}
        case '\n' -> b.append(' ');
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** Escaped text for a table cell (pipes are escaped by {@link #escape}). */
  static String cell(String text) {
    return escape(text);
  }

  /**
   * A code span that shows {@code text} literally whatever backticks it holds. Pipes are escaped
   * too: GFM splits table cells before it reads code spans, and removes the backslash again.
   */
  static String code(String text) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      run = text.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    String pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
    return fence + pad + text.replace("|", "\\|").replace("\n", " ") + pad + fence;
  }
}
