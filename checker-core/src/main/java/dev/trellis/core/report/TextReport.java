package dev.trellis.core.report;

import dev.trellis.core.engine.CheckResult;
import dev.trellis.core.rule.Finding;
import dev.trellis.core.rule.Level;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The terminal report: findings grouped by rule, each with its fix hint; colours only on request.
 */
public final class TextReport implements Report {
  @Override
  public String format() {
    return "text";
  }

  @Override
  public String fileName() {
    return "report.txt";
  }

  @Override
  public void write(CheckResult result, Writer out, boolean color) throws IOException {
    Map<String, List<Finding>> byRule =
        new TreeMap<>(result.findings().stream().collect(Collectors.groupingBy(Finding::ruleId)));
    out.write(
        "Trellis checked "
            + result.root()
            + " ("
            + result.point()
            + ") against "
            + result.policy().baselines().stream()
                .map(Object::toString)
                .collect(Collectors.joining(", "))
            + "\n");
    for (Map.Entry<String, List<Finding>> e : byRule.entrySet()) {
      out.write("\n" + paint(e.getKey(), "1", color) + "\n");
      for (Finding f : e.getValue()) {
        String tag =
            switch (f.status()) {
              case OPEN -> levelTag(f.level(), color);
              case WAIVED -> paint("waived", "2", color);
              case ACCEPTED -> paint("accepted", "2", color);
            };
        out.write("  " + tag + " " + f.location() + ": " + f.message() + "\n");
        if (f.counts() && !f.hint().isEmpty()) {
          out.write("         fix: " + f.hint() + "\n");
        }
        if (f.note().isPresent()) {
          out.write("         " + f.note().get() + "\n");
        }
      }
    }
    long errors = result.count(Level.ERROR);
    long warnings = result.count(Level.WARN);
    long infos = result.count(Level.INFO);
    long set = result.findings().stream().filter(f -> !f.counts()).count();
    out.write(
        "\n"
            + errors
            + " error"
            + (errors == 1 ? "" : "s")
            + ", "
            + warnings
            + " warning"
            + (warnings == 1 ? "" : "s")
            + ", "
            + infos
            + " info"
            + (set > 0 ? ", " + set + " waived or accepted" : "")
            + "\n");
    out.flush();
  }

  private static String levelTag(Level level, boolean color) {
    return switch (level) {
      case ERROR -> paint("error", "31", color);
      case WARN -> paint("warn ", "33", color);
      case INFO -> paint("info ", "36", color);
      case OFF -> "off  ";
    };
  }

  private static String paint(String text, String code, boolean color) {
    return color ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
  }
}
