package dev.trellis.core.report;

import dev.trellis.core.engine.CheckResult;
import dev.trellis.core.policy.BaselineRef;
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
 * One self-contained HTML file: inline CSS, no script, no font or image from the network (a content
 * security policy forbids any). A header with the verdict, counts and the baselines in force; the
 * findings grouped by rule, each rule with why it matters and how to fix it; the rules that passed.
 * Every piece of text is HTML-escaped.
 */
public final class HtmlReport implements Report {

  @Override
  public String format() {
    return "html";
  }

  @Override
  public String fileName() {
    return "report.html";
  }

  @Override
  public void write(CheckResult result, Writer out, ReportOptions options) throws IOException {
    StringBuilder b = new StringBuilder(16_384);
    boolean fails = result.fails(options.failOn());
    String verdict = fails ? "failed" : "passed";
    String name =
        result.root().getFileName() == null ? "/" : result.root().getFileName().toString();
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    b.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    b.append(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
            + " style-src 'unsafe-inline'\">\n");
    b.append("<meta name=\"generator\" content=\"Trellis ")
        .append(esc(options.toolVersion()))
        .append("\">\n");
    b.append("<title>Trellis ")
        .append(verdict)
        .append(": ")
        .append(esc(name))
        .append("</title>\n<style>\n")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n");

    header(b, result, options, fails, name);
    b.append("<main>\n");
    Map<String, List<Finding>> byRule = ReportData.byRule(result.findings());
    List<RuleInfo> rules = ReportData.rules(result);
    if (!byRule.isEmpty()) {
      contents(b, result, rules, byRule);
    }
    deviations(b, result.outcome().deviations());
    waivers(b, result.outcome());
    for (RuleInfo rule : rules) {
      List<Finding> findings = byRule.get(rule.id());
      if (findings != null) {
        rule(b, result, rule, findings);
      }
    }
    passed(b, result, rules, byRule);
    b.append("</main>\n<footer>Written by Trellis ")
        .append(esc(options.toolVersion()))
        .append(" on ")
        .append(result.today())
        .append(". Levels and waivers come from the policy; fingerprints identify a finding across")
        .append(" runs.</footer>\n</body>\n</html>\n");
    out.write(b.toString());
    out.flush();
  }

  private static void header(
      StringBuilder b, CheckResult result, ReportOptions options, boolean fails, String name) {
    b.append("<header class=\"")
        .append(fails ? "fail" : "pass")
        .append("\">\n<p class=\"verdict\">")
        .append(fails ? "✗ Failed" : "✓ Passed")
        .append("</p>\n<h1>Trellis report for <code>")
        .append(esc(name))
        .append("</code></h1>\n<p class=\"counts\">");
    long errors = result.count(Level.ERROR);
    long warnings = result.count(Level.WARN);
    long infos = result.count(Level.INFO);
    pill(b, errors == 0 ? "set-aside" : "error", ReportData.plural(errors, "error"));
    pill(b, warnings == 0 ? "set-aside" : "warn", ReportData.plural(warnings, "warning"));
    pill(b, infos == 0 ? "set-aside" : "info", infos + " info");
    long waived = ReportData.withStatus(result, Finding.Status.WAIVED).size();
    long accepted = ReportData.withStatus(result, Finding.Status.ACCEPTED).size();
    if (waived > 0) {
      pill(b, "set-aside", waived + " waived");
    }
    if (accepted > 0) {
      pill(b, "set-aside", accepted + " accepted");
    }
    b.append("</p>\n<dl>\n");
    meta(b, "Repository", "<code>" + esc(result.root().toString()) + "</code>");
    meta(b, "Checked", esc(ReportData.point(result)) + " on " + result.today());
    StringBuilder baselines = new StringBuilder();
    for (BaselineRef ref : result.policy().baselines()) {
      baselines
          .append(baselines.length() == 0 ? "" : "<br>")
          .append(esc(ref.toString()))
          .append(" <span class=\"muted\">")
          .append(esc(ref.source()))
          .append("</span>");
    }
    meta(b, "Policy", baselines.length() == 0 ? "none" : baselines.toString());
    meta(
        b,
        "Fails on",
        esc(options.failOn().failOnName())
            + " · "
            + ReportData.plural(result.rules().size(), "rule")
            + " ran");
    b.append("</dl>\n</header>\n");
  }

  private static void contents(
      StringBuilder b,
      CheckResult result,
      List<RuleInfo> rules,
      Map<String, List<Finding>> byRule) {
    b.append("<nav>\n<h2>Findings by rule</h2>\n<table>\n<thead><tr><th>rule</th><th>level</th>")
        .append(
            "<th class=\"num\">open</th><th class=\"num\">set aside</th></tr></thead>\n<tbody>\n");
    for (RuleInfo rule : rules) {
      List<Finding> findings = byRule.get(rule.id());
      if (findings == null) {
        continue;
      }
      long open = findings.stream().filter(Finding::counts).count();
      Level level = ReportData.level(result, rule);
      b.append("<tr><td><a href=\"#")
          .append(anchor(rule.id()))
          .append("\"><code>")
          .append(esc(rule.id()))
          .append("</code></a> ")
          .append(esc(rule.title()))
          .append("</td><td>");
      badge(b, level.id(), level.id());
      b.append("</td><td class=\"num\">")
          .append(open)
          .append("</td><td class=\"num\">")
          .append(findings.size() - open)
          .append("</td></tr>\n");
    }
    b.append("</tbody>\n</table>\n</nav>\n");
  }

  private static void deviations(StringBuilder b, List<Deviation> deviations) {
    if (deviations.isEmpty()) {
      return;
    }
    b.append("<section class=\"policy\" id=\"deviations\">\n<h2>Deviations from the baseline (")
        .append(deviations.size())
        .append(")</h2>\n<table>\n<thead><tr><th>rule</th><th>setting</th><th>baseline</th>")
        .append("<th>here</th><th>status</th><th>reason</th></tr></thead>\n<tbody>\n");
    for (Deviation d : deviations) {
      String status = d.kind().name().toLowerCase(Locale.ROOT);
      b.append("<tr><td class=\"id\"><code>")
          .append(esc(d.ruleId()))
          .append("</code></td><td>")
          .append(esc(d.setting()))
          .append("</td><td><code>")
          .append(esc(d.baselineValue()))
          .append("</code> <span class=\"muted\">")
          .append(esc(d.baselineFrom().toString()))
          .append("</span></td><td><code>")
          .append(esc(d.repoValue()))
          .append("</code> <span class=\"muted\">")
          .append(esc(d.repoFrom().toString()))
          .append("</span></td><td>");
      badge(b, d.kind() == Deviation.Kind.EXPLAINED ? "info" : "error", status);
      b.append("</td><td>")
          .append(d.reason().map(HtmlReport::esc).orElse("<span class=\"muted\">none given</span>"))
          .append("</td></tr>\n");
    }
    b.append("</tbody>\n</table>\n</section>\n");
  }

  private static void waivers(StringBuilder b, PolicyOutcome outcome) {
    if (outcome.waivers().isEmpty() && outcome.fixed().isEmpty()) {
      return;
    }
    b.append("<section class=\"policy\" id=\"waivers\">\n<h2>Waivers (")
        .append(outcome.waivers().size())
        .append(")</h2>\n");
    if (!outcome.waivers().isEmpty()) {
      b.append("<table>\n<thead><tr><th>rule</th><th>paths</th><th>owner</th><th>expires</th>")
          .append("<th>state</th><th class=\"num\">findings</th><th>reason</th></tr></thead>\n")
          .append("<tbody>\n");
      for (PolicyOutcome.WaiverUse u : outcome.waivers()) {
        Waiver w = u.waiver();
        b.append("<tr><td class=\"id\"><code>")
            .append(esc(w.ruleId()))
            .append("</code></td><td><code>")
            .append(esc(String.join(", ", w.paths())))
            .append("</code></td><td>")
            .append(esc(w.owner()))
            .append("</td><td class=\"id\">")
            .append(w.expires())
            .append("</td><td>");
        badge(
            b,
            switch (u.state()) {
              case "active" -> "set-aside";
              case "expiring", "unused" -> "warn";
              default -> "error";
            },
            u.state());
        b.append("</td><td class=\"num\">")
            .append(u.waived())
            .append("</td><td>")
            .append(esc(w.reason()))
            .append("</td></tr>\n");
      }
      b.append("</tbody>\n</table>\n");
    }
    int fixed = outcome.fixed().size();
    if (fixed > 0) {
      b.append("<p class=\"muted\">")
          .append(fixed == 1 ? "1 accepted finding is" : fixed + " accepted findings are")
          .append(" fixed; <code>trellis accept</code> drops ")
          .append(fixed == 1 ? "it" : "them")
          .append(" from <code>.trellis/accepted.json</code>.</p>\n");
    }
    b.append("</section>\n");
  }

  private static void rule(
      StringBuilder b, CheckResult result, RuleInfo rule, List<Finding> findings) {
    Level level = ReportData.level(result, rule);
    b.append("<section class=\"rule\" id=\"")
        .append(anchor(rule.id()))
        .append("\">\n<h2><code>")
        .append(esc(rule.id()))
        .append("</code> ")
        .append(esc(rule.title()))
        .append(" ");
    badge(b, level.id(), level.id());
    b.append("</h2>\n");
    if (!rule.rationale().isEmpty()) {
      b.append("<p class=\"why\">").append(esc(rule.rationale())).append("</p>\n");
    }
    if (!rule.fix().isEmpty()) {
      b.append("<p class=\"fix\"><strong>How to fix:</strong> ")
          .append(esc(rule.fix()))
          .append("</p>\n");
    }
    b.append("<ul class=\"findings\">\n");
    for (Finding f : findings) {
      String status = f.status().name().toLowerCase(Locale.ROOT);
      b.append("<li class=\"").append(f.counts() ? f.level().id() : "set-aside").append("\">");
      badge(b, f.counts() ? f.level().id() : "set-aside", f.counts() ? f.level().id() : status);
      b.append(" <span class=\"where\">")
          .append(
              f.location() instanceof Location.InFile file
                  ? "<code>" + esc(file.toString()) + "</code>"
                  : "repository")
          .append("</span>\n<p class=\"message\">")
          .append(esc(f.message()))
          .append("</p>\n");
      if (!f.hint().isEmpty() && !f.hint().equals(rule.fix())) {
        b.append("<p class=\"hint\"><strong>Fix:</strong> ").append(esc(f.hint())).append("</p>\n");
      }
      f.note()
          .ifPresent(
              note ->
                  b.append("<p class=\"note\"><strong>")
                      .append(status.substring(0, 1).toUpperCase(Locale.ROOT))
                      .append(status.substring(1))
                      .append(":</strong> ")
                      .append(esc(note))
                      .append("</p>\n"));
      b.append("<p class=\"fingerprint\">fingerprint ")
          .append(esc(f.fingerprint()))
          .append("</p></li>\n");
    }
    b.append("</ul>\n</section>\n");
  }

  private static void passed(
      StringBuilder b,
      CheckResult result,
      List<RuleInfo> rules,
      Map<String, List<Finding>> byRule) {
    List<RuleInfo> clean = rules.stream().filter(r -> !byRule.containsKey(r.id())).toList();
    if (clean.isEmpty()) {
      return;
    }
    b.append("<section class=\"passed\">\n<h2>Rules with no findings (")
        .append(clean.size())
        .append(")</h2>\n<ul>\n");
    for (RuleInfo rule : clean) {
      b.append("<li><code>")
          .append(esc(rule.id()))
          .append("</code> ")
          .append(esc(rule.title()))
          .append(" <span class=\"muted\">")
          .append(esc(ReportData.level(result, rule).id()))
          .append("</span></li>\n");
    }
    b.append("</ul>\n</section>\n");
  }

  private static void pill(StringBuilder b, String css, String text) {
    b.append("<span class=\"pill ").append(css).append("\">").append(esc(text)).append("</span> ");
  }

  private static void badge(StringBuilder b, String css, String text) {
    b.append("<span class=\"badge ").append(css).append("\">").append(esc(text)).append("</span>");
  }

  private static void meta(StringBuilder b, String term, String html) {
    b.append("<dt>").append(term).append("</dt><dd>").append(html).append("</dd>\n");
  }

  private static String anchor(String ruleId) {
    return "rule-" + ruleId.replaceAll("[^a-z0-9-]", "-");
  }

  /** Escapes text for HTML element content and quoted attribute values. */
  static String esc(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static final String CSS =
      """
      :root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --bg: #ffffff;
        --panel: #f6f8fa; --line: #d1d9e0; --error: #cf222e; --warn: #9a6700; --info: #0969da;
        --pass: #1a7f37; }
      @media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9198a1;
        --bg: #0d1117; --panel: #151b23; --line: #3d444d; --error: #ff7b72; --warn: #d29922;
        --info: #58a6ff; --pass: #3fb950; } }
      * { box-sizing: border-box; }
      body { margin: 0; background: var(--bg); color: var(--fg); line-height: 1.5;
        font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
        sans-serif; }
      code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono",
        monospace; font-size: 0.9em; overflow-wrap: anywhere; }
      header, main, footer { max-width: 1100px; margin: 0 auto; padding: 1rem 1.5rem; }
      header { border-bottom: 4px solid var(--line); }
      header.fail { border-bottom-color: var(--error); }
      header.pass { border-bottom-color: var(--pass); }
      .verdict { font-weight: 700; font-size: 1.1rem; margin: 0; text-transform: uppercase;
        letter-spacing: 0.05em; }
      header.fail .verdict { color: var(--error); }
      header.pass .verdict { color: var(--pass); }
      h1 { margin: 0.2rem 0 0.6rem; font-size: 1.6rem; }
      h2 { font-size: 1.15rem; margin: 0 0 0.4rem; }
      dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0.8rem 0 0; }
      dt { color: var(--muted); }
      dd { margin: 0; }
      .muted { color: var(--muted); font-size: 0.9em; }
      .pill, .badge { display: inline-block; border-radius: 999px; padding: 0.05rem 0.6rem;
        font-weight: 600; border: 1px solid currentColor; }
      .badge { font-size: 0.75rem; padding: 0 0.5rem; vertical-align: middle; text-transform: uppercase; }
      .error { color: var(--error); } .warn { color: var(--warn); } .info { color: var(--info); }
      .set-aside { color: var(--muted); }
      nav, section { margin: 1.2rem 0; padding: 1rem 1.2rem; background: var(--panel);
        border: 1px solid var(--line); border-radius: 8px; }
      table { border-collapse: collapse; width: 100%; }
      th, td { text-align: left; padding: 0.3rem 0.5rem; border-bottom: 1px solid var(--line);
        vertical-align: top; }
      th.num, td.num { text-align: right; }
      td.id { white-space: nowrap; }
      td.id code { overflow-wrap: normal; }
      a { color: var(--info); }
      .why { margin: 0.2rem 0; color: var(--muted); }
      .fix { margin: 0.2rem 0 0.6rem; }
      ul.findings { list-style: none; margin: 0; padding: 0; }
      ul.findings li { border-left: 4px solid currentColor; background: var(--bg);
        padding: 0.5rem 0.8rem; margin: 0.5rem 0; border-radius: 4px; }
      ul.findings li > * { color: var(--fg); }
      ul.findings li > .badge { color: inherit; }
      .message { margin: 0.3rem 0 0; white-space: pre-wrap; overflow-wrap: anywhere; }
      .hint, .note { margin: 0.3rem 0 0; }
      .note { color: var(--muted); }
      .fingerprint { margin: 0.2rem 0 0; font-size: 0.75rem; color: var(--muted); }
      footer { color: var(--muted); font-size: 0.85rem; }
      @media print { nav, section { break-inside: avoid; } }
      """;
}
