package dev.trellis.cli;

import dev.trellis.core.engine.CheckRequest;
import dev.trellis.core.engine.CheckResult;
import dev.trellis.core.engine.Engine;
import dev.trellis.core.engine.EngineListener;
import dev.trellis.core.report.Report;
import dev.trellis.core.report.ReportOptions;
import dev.trellis.core.report.Reports;
import dev.trellis.core.rule.Level;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

  @Option(
      names = "--timings",
      description = "Print how long each rule and signal took (and add them to the JSON report).")
  boolean timings;

  @Option(
      names = "--sarif-omit-waived",
      description =
          "Leave waived findings out of the SARIF report. GitHub code scanning does not document"
              + " honouring SARIF suppressions and may show them as open alerts.")
  boolean sarifOmitWaived;

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

  @Option(
      names = "--cache-dir",
      description = "Where git baselines are cached (default: $XDG_CACHE_HOME/trellis).")
  Path cacheDir;

  @Option(names = "--debug", description = "Show stack traces for internal errors.")
  boolean debug;

  @Override
  public Integer call() throws IOException {
    Level threshold = failLevel(failOn);
    List<Report> reports = new ArrayList<>();
    for (String f : formats.isEmpty() ? List.of("text") : formats) {
      Report report =
          Reports.byFormat(f)
              .orElseThrow(
                  () ->
                      new UsageException(
                          "unknown format '"
                              + f
                              + "'. Known formats: "
                              + String.join(", ", Reports.formats())
                              + "."));
      if (!reports.contains(report)) {
        reports.add(report);
      }
    }
    if (reports.size() > 1 && output == null) {
      throw new UsageException(
          reports.size()
              + " formats ("
              + String.join(", ", reports.stream().map(Report::format).toList())
              + ") cannot share the standard output. Add -o DIR to write one file per format"
              + " into DIR.");
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
            listener,
            List.of(),
            Optional.ofNullable(cacheDir));
    CheckResult result = new Engine().check(request);
    ReportOptions options =
        ReportOptions.defaults()
            .withToolVersion(Version.current())
            .withTimings(timings)
            .withFailOn(threshold)
            .withOmitSuppressed(sarifOmitWaived)
            .withListener(listener);
    writeReports(result, reports, options);
    if (timings) {
      err.println("timings (ms):");
      result.timings().entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
          .forEach(e -> err.printf("  %8.1f  %s%n", e.getValue() / 1e6, e.getKey()));
    }
    return result.fails(threshold) ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
  }

  static Level failLevel(String text) {
    return Level.failOn(text)
        .orElseThrow(
            () -> new UsageException("--fail-on takes error, warn or never, not '" + text + "'."));
  }

  private void writeReports(CheckResult result, List<Report> reports, ReportOptions options)
      throws IOException {
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      for (Report r : reports) {
        r.write(result, out, options.withColor(useColor()));
      }
      out.flush();
      return;
    }
    boolean intoDirectory =
        reports.size() > 1 || Files.isDirectory(output) || output.toString().endsWith("/");
    if (intoDirectory && Files.isRegularFile(output)) {
      throw new UsageException(
          "-o "
              + output
              + " is a file; with several formats -o names a directory to write them into.");
    }
    Map<Path, Report> targets = new LinkedHashMap<>();
    for (Report r : reports) {
      targets.put(intoDirectory ? output.resolve(r.fileName()) : output, r);
    }
    for (Path written : Reports.writeFiles(result, targets, options)) {
      spec.commandLine().getErr().println("trellis: wrote " + written);
    }
  }

  private boolean useColor() {
    return switch (color) {
      case "always" -> true;
      case "never" -> false;
      case "auto" -> onTerminal() && System.getenv("NO_COLOR") == null;
      default ->
          throw new UsageException("--color takes auto, always or never, not '" + color + "'.");
    };
  }

  /**
   * Whether standard output is a terminal. Up to Java 21 a console exists only then; from Java 22
   * it may exist anyway, and {@code Console.isTerminal()} tells.
   */
  private static boolean onTerminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  /** Format names for the help text. */
  static final class FormatNames extends ArrayList<String> {
    FormatNames() {
      super(Reports.formats());
    }
  }
}
