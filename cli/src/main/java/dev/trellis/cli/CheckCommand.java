package dev.trellis.cli;

import dev.trellis.core.engine.CheckRequest;
import dev.trellis.core.engine.CheckResult;
import dev.trellis.core.engine.Engine;
import dev.trellis.core.engine.EngineListener;
import dev.trellis.core.report.Report;
import dev.trellis.core.report.Reports;
import dev.trellis.core.rule.Level;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trellis check}: judges one repository against its policy. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Check a repository against its policy.")
public final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      defaultValue = ".",
      description = "The repository (default: the current directory).")
  Path directory;

  @Option(
      names = {"-c", "--config"},
      description = "The policy file (default: trellis.yml at the repository root).")
  Path config;

  @Option(
      names = "--at",
      description = "Check this revision, read from git objects, instead of the work tree.")
  String at;

  @Option(
      names = {"-f", "--format"},
      description = "Output format: ${COMPLETION-CANDIDATES}. Repeatable.",
      completionCandidates = FormatNames.class)
  List<String> formats = new ArrayList<>();

  @Option(
      names = {"-o", "--output"},
      description = "Write the report to this file, or, with several formats, into this directory.")
  Path output;

  @Option(
      names = "--fail-on",
      defaultValue = "error",
      description =
          "Exit 1 when a finding reaches this level: error, warn or never (default: ${DEFAULT-VALUE}).")
  String failOn;

  @Option(names = "--rules-path", description = "A jar with custom rules or baselines. Repeatable.")
  List<Path> rulesPath = new ArrayList<>();

  @Option(names = "--timings", description = "Print how long each rule and signal took.")
  boolean timings;

  @Option(
      names = "--color",
      defaultValue = "auto",
      description = "Colour the text report: auto, always or never.")
  String color;

  @Option(
      names = "--today",
      hidden = true,
      description = "The date to judge waivers against (tests).")
  LocalDate today;

  @Option(names = "--debug", description = "Show stack traces for internal errors.")
  boolean debug;

  @Override
  public Integer call() throws IOException {
    Level threshold = failLevel(failOn);
    List<Report> reports = new ArrayList<>();
    for (String f : formats.isEmpty() ? List.of("text") : formats) {
      reports.add(
          Reports.byFormat(f)
              .orElseThrow(
                  () ->
                      new UsageException(
                          "unknown format '"
                              + f
                              + "'. Known formats: "
                              + String.join(", ", Reports.formats())
                              + ".")));
    }
    PrintWriter err = spec.commandLine().getErr();
    EngineListener listener =
        new EngineListener() {
          @Override
          public void warn(String message) {
            err.println("trellis: warning: " + message);
          }
        };
    CheckRequest request =
        new CheckRequest(
            directory,
            Optional.ofNullable(config),
            Optional.ofNullable(at),
            RulesLoader.of(rulesPath),
            today,
            listener);
    CheckResult result = new Engine().check(request);
    writeReports(result, reports);
    if (timings) {
      err.println("timings (ms):");
      result.timings().entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
          .forEach(e -> err.printf("  %8.1f  %s%n", e.getValue() / 1e6, e.getKey()));
    }
    return result.fails(threshold) ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
  }

  static Level failLevel(String text) {
    return switch (text.toLowerCase(java.util.Locale.ROOT)) {
      case "error" -> Level.ERROR;
      case "warn", "warning" -> Level.WARN;
      case "info" -> Level.INFO;
      case "never", "off" -> Level.OFF;
      default ->
          throw new UsageException("--fail-on takes error, warn or never, not '" + text + "'.");
    };
  }

  private void writeReports(CheckResult result, List<Report> reports) throws IOException {
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      for (Report r : reports) {
        r.write(result, out, useColor());
      }
      out.flush();
      return;
    }
    boolean intoDirectory =
        reports.size() > 1 || Files.isDirectory(output) || output.toString().endsWith("/");
    if (intoDirectory) {
      Files.createDirectories(output);
    } else if (output.toAbsolutePath().getParent() != null) {
      Files.createDirectories(output.toAbsolutePath().getParent());
    }
    for (Report r : reports) {
      Path target = intoDirectory ? output.resolve(r.fileName()) : output;
      try (Writer w =
          new OutputStreamWriter(Files.newOutputStream(target), StandardCharsets.UTF_8)) {
        r.write(result, w, false);
      }
      spec.commandLine().getErr().println("trellis: wrote " + target);
    }
  }

  private boolean useColor() {
    return switch (color) {
      case "always" -> true;
      case "never" -> false;
      default -> System.console() != null && System.getenv("NO_COLOR") == null;
    };
  }

  /** Format names for the help text. */
  static final class FormatNames extends ArrayList<String> {
    FormatNames() {
      super(Reports.formats());
    }
  }
}
