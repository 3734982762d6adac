package dev.trellis.core.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trellis.core.engine.CheckResult;
import dev.trellis.core.policy.BaselineRef;
import dev.trellis.core.policy.RuleSetting;
import dev.trellis.core.rule.Finding;
import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.Location;
import dev.trellis.core.rule.OptionSpec;
import dev.trellis.core.rule.RuleInfo;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;

/**
 * The machine-readable report, schema {@code trellis-report/1}: every field is described in {@code
 * docs/report-schema.md} and checked by {@code docs/trellis-report-1.schema.json}.
 */
public final class JsonReport implements Report {
  public static final String SCHEMA = "trellis-report/1";

  @Override
  public String format() {
    return "json";
  }

  @Override
  public String fileName() {
    return "report.json";
  }

  @Override
  public void write(CheckResult result, Writer out, ReportOptions options) throws IOException {
    JsonTrees.write(toJson(result, options), out);
  }

  /** The report as a tree, for callers that merge or post-process reports. */
  public static ObjectNode toJson(CheckResult result, ReportOptions options) {
    ObjectNode root = JsonTrees.object();
    root.put("schema", SCHEMA);
    root.putObject("tool").put("name", "trellis").put("version", options.toolVersion());
    root.put("repository", result.root().toString());
    root.put("point", result.point());
    root.put("date", result.today().toString());
    root.put("failOn", options.failOn().failOnName());
    root.put("verdict", ReportData.verdict(result, options.failOn()));
    result.policy().repoFile().ifPresent(f -> root.put("policyFile", f));
    ArrayNode baselines = root.putArray("baselines");
    for (BaselineRef b : result.policy().baselines()) {
      PolicyJson.baseline(
          baselines
              .addObject()
              .put("name", b.name())
              .put("version", b.version())
              .put("source", b.source()),
          b);
    }
    ArrayNode rules = root.putArray("rules");
    for (RuleInfo info : ReportData.rules(result)) {
      rules.add(rule(result, info));
    }
    ArrayNode findings = root.putArray("findings");
    for (Finding f : result.findings()) {
      findings.add(finding(f));
    }
    PolicyJson.addTo(root, result);
    ObjectNode summary = root.putObject("summary");
    summary.put("error", result.count(Level.ERROR));
    summary.put("warn", result.count(Level.WARN));
    summary.put("info", result.count(Level.INFO));
    summary.put("waived", ReportData.withStatus(result, Finding.Status.WAIVED).size());
    summary.put("accepted", ReportData.withStatus(result, Finding.Status.ACCEPTED).size());
    summary.put("findings", result.findings().size());
    summary.put("rules", result.rules().size());
    summary.put("fixed", result.outcome().fixed().size());
    if (options.timings()) {
      ObjectNode timings = root.putObject("timings");
      for (Map.Entry<String, Map<String, Double>> group : ReportData.timings(result).entrySet()) {
        ObjectNode g = timings.putObject(group.getKey());
        group.getValue().forEach(g::put);
      }
    }
    return root;
  }

  private static ObjectNode rule(CheckResult result, RuleInfo info) {
    ObjectNode n = JsonTrees.object();
    n.put("id", info.id());
    n.put("title", info.title());
    n.put("rationale", info.rationale());
    n.put("level", ReportData.level(result, info).id());
    n.put("defaultLevel", info.defaultLevel().id());
    n.put("fix", info.fix());
    RuleSetting setting = result.policy().rules().get(info.id());
    PolicyJson.ruleLevel(n, setting);
    ArrayNode options = n.putArray("options");
    for (OptionSpec o : info.options()) {
      ObjectNode on = options.addObject();
      on.put("name", o.name());
      on.put("type", o.type().id());
      on.set("default", JsonTrees.of(o.defaultValue()));
      Object value =
          setting != null && setting.options().containsKey(o.name())
              ? setting.options().get(o.name())
              : o.defaultValue();
      on.set("value", JsonTrees.of(value));
      on.put("looser", o.looser().name().toLowerCase(Locale.ROOT));
      on.put("description", o.description());
      PolicyJson.option(on, setting, o.name());
    }
    ArrayNode aliases = n.putArray("aliases");
    info.aliases().forEach(aliases::add);
    return n;
  }

  private static ObjectNode finding(Finding f) {
    ObjectNode n = JsonTrees.object();
    n.put("rule", f.ruleId());
    n.put("level", f.level().id());
    n.put("status", f.status().name().toLowerCase(Locale.ROOT));
    n.put("message", f.message());
    if (f.location() instanceof Location.InFile file) {
      n.put("path", file.path());
      if (file.line() > 0) {
        n.put("line", file.line());
      }
      if (file.column() > 0) {
        n.put("column", file.column());
      }
    }
    n.put("fingerprint", f.fingerprint());
    n.put("hint", f.hint());
    f.note().ifPresent(note -> n.put("note", note));
    return n;
  }
}
