package dev.trellis.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trellis.core.engine.CheckResult;
import dev.trellis.core.policy.BaselineRef;
import dev.trellis.core.rule.Finding;
import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.Location;
import java.io.IOException;
import java.io.Writer;

/** The machine-readable report, schema {@code trellis-report/1} (see docs/report-schema.md). */
public final class JsonReport implements Report {
  public static final String SCHEMA = "trellis-report/1";
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  @Override
  public String format() {
    return "json";
  }

  @Override
  public String fileName() {
    return "report.json";
  }

  @Override
  public void write(CheckResult result, Writer out, boolean color) throws IOException {
    MAPPER.writeValue(out, toJson(result));
    out.write("\n");
    out.flush();
  }

  public static ObjectNode toJson(CheckResult result) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schema", SCHEMA);
    root.put("repository", result.root().toString());
    root.put("point", result.point());
    root.put("date", result.today().toString());
    ArrayNode baselines = root.putArray("baselines");
    for (BaselineRef b : result.policy().baselines()) {
      baselines
          .addObject()
          .put("name", b.name())
          .put("version", b.version())
          .put("source", b.source());
    }
    ObjectNode summary = root.putObject("summary");
    summary.put("error", result.count(Level.ERROR));
    summary.put("warn", result.count(Level.WARN));
    summary.put("info", result.count(Level.INFO));
    summary.put(
        "waived",
        result.findings().stream().filter(f -> f.status() == Finding.Status.WAIVED).count());
    summary.put(
        "accepted",
        result.findings().stream().filter(f -> f.status() == Finding.Status.ACCEPTED).count());
    ArrayNode findings = root.putArray("findings");
    for (Finding f : result.findings()) {
      ObjectNode n = findings.addObject();
      n.put("rule", f.ruleId());
      n.put("level", f.level().id());
      n.put("status", f.status().name().toLowerCase(java.util.Locale.ROOT));
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
    }
    return root;
  }
}
