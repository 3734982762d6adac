package dev.trellis.core.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trellis.core.engine.CheckResult;
import dev.trellis.core.rule.Finding;
import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.Location;
import dev.trellis.core.rule.OptionSpec;
import dev.trellis.core.rule.RuleInfo;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * SARIF 2.1.0 as GitHub code scanning accepts it (see {@code shared/formats/sarif.md}): one run,
 * every rule in {@code tool.driver.rules}, results in report order with a consistent {@code
 * ruleIndex}, repository-relative {@code %SRCROOT%} URIs, the Trellis fingerprint under {@code
 * trellisFinding/v1}, waived findings as accepted external suppressions (or left out with {@link
 * ReportOptions#omitSuppressed()}), accepted findings as {@code baselineState: unchanged}.
 * Trellis-only data lives in {@code properties} bags.
 */
public final class SarifReport implements Report {
  public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";

  /** The name of the Trellis fingerprint; the suffix versions the recipe. */
  public static final String FINGERPRINT = "trellisFinding/v1";

  /** GitHub shows the top 5,000 results of a run; more are stored but hidden. */
  public static final int WARN_RESULTS = 5_000;

  /** GitHub rejects a run with more results (and more rules) than this. */
  public static final int MAX_RESULTS = 25_000;

  static final int MAX_DESCRIPTION = 1024;
  static final int MAX_NAME = 255;
  static final String SRCROOT = "%SRCROOT%";

  @Override
  public String format() {
    return "sarif";
  }

  @Override
  public String fileName() {
    return "report.sarif";
  }

  @Override
  public void write(CheckResult result, Writer out, ReportOptions options) throws IOException {
    JsonTrees.write(toSarif(result, options), out);
  }

  /**
   * The SARIF log. Throws {@link ReportException} when GitHub would reject it (more than {@value
   * #MAX_RESULTS} results); warns through the options' listener from {@value #WARN_RESULTS}.
   */
  public static ObjectNode toSarif(CheckResult result, ReportOptions options) {
    List<Finding> findings =
        result.findings().stream()
            .filter(f -> !(options.omitSuppressed() && f.status() == Finding.Status.WAIVED))
            .toList();
    List<RuleInfo> rules = ReportData.rules(result);
    checkLimits(findings.size(), rules.size(), options);

    ObjectNode log = JsonTrees.object();
    log.put("$schema", SCHEMA_URI);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "trellis");
    driver.put("semanticVersion", options.toolVersion());
    ArrayNode ruleNodes = driver.putArray("rules");
    Map<String, Integer> index = new HashMap<>();
    for (RuleInfo rule : rules) {
      index.put(rule.id(), index.size());
      ruleNodes.add(rule(result, rule));
    }
    run.putObject("automationDetails").put("id", "trellis/" + result.today());
    run.putObject("originalUriBaseIds")
        .putObject(SRCROOT)
        .put("uri", rootUri(result))
        .putObject("description")
        .put("text", "The root of the repository Trellis checked.");
    run.put("columnKind", "utf16CodeUnits");
    boolean baseline = findings.stream().anyMatch(f -> f.status() == Finding.Status.ACCEPTED);
    String policyFile =
        result.policy().repoFile().filter(SarifReport::inRepo).orElse("trellis.yml");
    ArrayNode results = run.putArray("results");
    for (Finding f : findings) {
      results.add(result(f, index.get(f.ruleId()), baseline, policyFile));
    }
    run.putObject("properties")
        .put("point", result.point())
        .put("verdict", ReportData.verdict(result, options.failOn()))
        .put("failOn", options.failOn().failOnName())
        .put("baselines", ReportData.baselines(result));
    return log;
  }

  private static void checkLimits(int results, int rules, ReportOptions options) {
    if (results > MAX_RESULTS || rules > MAX_RESULTS) {
      throw new ReportException(
          String.format(
              Locale.ROOT,
              "the SARIF report would hold %,d results and %,d rules; GitHub code scanning rejects a"
                  + " run with more than %,d. Lower the level of the noisiest rules, waive what is"
                  + " known, or accept the current findings with 'trellis accept'.",
              results,
              rules,
              MAX_RESULTS));
    }
    if (results >= WARN_RESULTS) {
      options
          .listener()
          .warn(
              String.format(
                  Locale.ROOT,
                  "the SARIF report holds %,d results; GitHub code scanning shows only the %,d most"
                      + " severe of a run.",
                  results,
                  WARN_RESULTS));
    }
  }

  private static ObjectNode rule(CheckResult result, RuleInfo rule) {
    ObjectNode n = JsonTrees.object();
    n.put("id", rule.id());
    n.put("name", cut(pascalCase(rule.id()), MAX_NAME));
    n.putObject("shortDescription")
        .put("text", cut(nonEmpty(rule.title(), rule.id()), MAX_DESCRIPTION));
    n.putObject("fullDescription")
        .put("text", cut(nonEmpty(rule.rationale(), rule.title()), MAX_DESCRIPTION));
    ObjectNode help = n.putObject("help");
    help.put("text", helpText(rule));
    help.put("markdown", helpMarkdown(rule));
    n.putObject("defaultConfiguration").put("level", sarifLevel(ReportData.level(result, rule)));
    ObjectNode props = n.putObject("properties");
    props.putArray("tags").add(rule.area()).add("trellis");
    props.put("precision", "high");
    props.put("problem.severity", severity(ReportData.level(result, rule)));
    return n;
  }

  private static String helpText(RuleInfo rule) {
    StringBuilder b = new StringBuilder();
    b.append(nonEmpty(rule.rationale(), rule.title()));
    if (!rule.fix().isEmpty()) {
      b.append("\n\nHow to fix: ").append(rule.fix());
    }
    for (OptionSpec o : rule.options()) {
      b.append(b.indexOf("\n\nOptions:") < 0 ? "\n\nOptions:" : "");
      b.append("\n- ").append(o.name()).append(" (").append(o.type().id()).append(", default ");
      b.append(o.defaultValue()).append("): ").append(o.description());
    }
    return b.toString();
  }

  private static String helpMarkdown(RuleInfo rule) {
    StringBuilder b = new StringBuilder();
    b.append("**").append(MarkdownReport.escape(rule.title())).append("**\n\n");
    b.append(MarkdownReport.escape(rule.rationale()));
    if (!rule.fix().isEmpty()) {
      b.append("\n\n**How to fix:** ").append(MarkdownReport.escape(rule.fix()));
    }
    if (!rule.options().isEmpty()) {
      b.append("\n\n| option | type | default | meaning |\n| --- | --- | --- | --- |");
      for (OptionSpec o : rule.options()) {
        b.append("\n| `")
            .append(o.name())
            .append("` | ")
            .append(o.type().id())
            .append(" | ")
            .append(MarkdownReport.cell(String.valueOf(o.defaultValue())))
            .append(" | ")
            .append(MarkdownReport.cell(o.description()))
            .append(" |");
      }
    }
    return b.toString();
  }

  private static ObjectNode result(Finding f, int ruleIndex, boolean baseline, String policyFile) {
    ObjectNode n = JsonTrees.object();
    n.put("ruleId", f.ruleId());
    n.put("ruleIndex", ruleIndex);
    n.put("level", sarifLevel(f.level()));
    n.putObject("message").put("text", f.message());
    ObjectNode physical = n.putArray("locations").addObject().putObject("physicalLocation");
    String path = f.location() instanceof Location.InFile file ? file.path() : policyFile;
    physical.putObject("artifactLocation").put("uri", encodePath(path)).put("uriBaseId", SRCROOT);
    ObjectNode region = physical.putObject("region");
    region.put("startLine", Math.max(1, f.location().lineOrZero()));
    region.put("startColumn", Math.max(1, f.location().columnOrZero()));
    n.putObject("partialFingerprints").put(FINGERPRINT, f.fingerprint());
    if (f.status() == Finding.Status.WAIVED) {
      ObjectNode s = n.putArray("suppressions").addObject();
      s.put("kind", "external");
      s.put("status", "accepted");
      s.put("justification", f.note().orElse("waived in the policy"));
    }
    if (baseline) {
      n.put("baselineState", f.status() == Finding.Status.ACCEPTED ? "unchanged" : "new");
    }
    ObjectNode props = n.putObject("properties");
    props.put("status", f.status().name().toLowerCase(Locale.ROOT));
    if (!f.hint().isEmpty()) {
      props.put("hint", f.hint());
    }
    f.note().ifPresent(note -> props.put("note", note));
    if (f.location() instanceof Location.InRepository) {
      props.put("repositoryLevel", true);
    }
    return n;
  }

  static String sarifLevel(Level level) {
    return switch (level) {
      case ERROR -> "error";
      case WARN -> "warning";
      case INFO -> "note";
      case OFF -> "none";
    };
  }

  private static String severity(Level level) {
    return switch (level) {
      case ERROR -> "error";
      case WARN -> "warning";
      case INFO, OFF -> "recommendation";
    };
  }

  /** {@code codeowners/no-gaps} becomes {@code CodeownersNoGaps}. */
  static String pascalCase(String id) {
    StringBuilder b = new StringBuilder();
    for (String part : id.split("[/-]")) {
      if (!part.isEmpty()) {
        b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return b.toString();
  }

  /**
   * A repository-relative path as a relative URI reference: every byte outside RFC 3986's
   * unreserved set (and other than {@code /}) percent-encoded from UTF-8, so spaces, non-ASCII and
   * a {@code :} that would read as a scheme are all safe.
   */
  static String encodePath(String path) {
    StringBuilder b = new StringBuilder();
    for (byte raw : path.getBytes(StandardCharsets.UTF_8)) {
      int c = raw & 0xff;
      boolean keep =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '.'
              || c == '_'
              || c == '~'
              || c == '/';
      if (keep) {
        b.append((char) c);
      } else {
        b.append('%').append(String.format(Locale.ROOT, "%02X", c));
      }
    }
    return b.toString();
  }

  private static String rootUri(CheckResult result) {
    String uri = result.root().toAbsolutePath().normalize().toUri().toString();
    return uri.endsWith("/") ? uri : uri + "/";
  }

  private static boolean inRepo(String path) {
    return !path.isEmpty()
        && !path.startsWith("/")
        && !path.startsWith("..")
        && !path.contains(":")
        && !path.contains("\\");
  }

  private static String nonEmpty(String text, String fallback) {
    return text == null || text.isBlank() ? fallback : text;
  }

  /** At most {@code max} characters, cut at a character boundary with an ellipsis. */
  static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = max - 1;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "…";
  }
}
