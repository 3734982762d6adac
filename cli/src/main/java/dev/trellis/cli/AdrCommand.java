package dev.trellis.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.trellis.core.repo.Repo;
import dev.trellis.core.repo.Repos;
import dev.trellis.core.scaffold.AdrNew;
import java.io.IOException;
import java.io.PrintWriter;
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

/** {@code trellis adr}: the architecture decision log. */
@Command(
    name = "adr",
    mixinStandardHelpOptions = true,
    description = "Write and list architecture decision records.",
    subcommands = {AdrCommand.New.class, AdrCommand.ListRecords.class})
public final class AdrCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code trellis adr new TITLE}. */
  @Command(
      name = "new",
      mixinStandardHelpOptions = true,
      description = {
        "Write the next decision record in the log's own naming scheme and template.",
        "With --supersedes, mark that record superseded and link both ways. Adds the record to"
            + " the log's index when there is one. Never overwrites a file."
      })
  static final class New implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "TITLE", description = "The decision's title.")
    List<String> title = new ArrayList<>();

    @Option(
        names = "--supersedes",
        paramLabel = "N",
        description = "The number of the record this one replaces.")
    Integer supersedes;

    @Option(
        names = "--format",
        description =
            "nygard or madr (default: what most records of the log use; nygard for a new log).")
    String format;

    @Option(
        names = "--dir",
        description = "The log's folder, when the repository has several (or none yet).")
    String dir;

    @Option(
        names = "--repo",
        defaultValue = ".",
        description = "The repository (default: the current directory).")
    Path repo;

    @Option(names = "--today", hidden = true)
    LocalDate today;

    @Option(names = "--debug", description = "Show stack traces for internal errors.")
    boolean debug;

    @Override
    public Integer call() throws IOException {
      AdrNew.Request request =
          new AdrNew.Request(
              String.join(" ", title),
              Optional.ofNullable(supersedes),
              Optional.ofNullable(format),
              Optional.ofNullable(dir),
              today);
      AdrNew.Plan plan;
      Path root;
      try (Repo r = Repos.open(repo, Optional.empty())) {
        root = r.root();
        plan = AdrNew.plan(r, AdrNew.settings(root, AdrCommand.class.getClassLoader()), request);
      } catch (AdrNew.AdrNewException e) {
        throw new UsageException(e.getMessage());
      }
      List<String> written;
      try {
        written = AdrNew.apply(root, plan);
      } catch (AdrNew.AdrNewException e) {
        throw new UsageException(e.getMessage());
      }
      PrintWriter out = spec.commandLine().getOut();
      for (AdrNew.Change c : plan.changes()) {
        if (written.contains(c.path())) {
          out.println((c.creates() ? "wrote   " : "updated ") + c.path() + " (" + c.why() + ")");
        }
      }
      out.flush();
      return ExitCodes.CLEAN;
    }
  }

  /** {@code trellis adr list}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = {
        "Print the decision log: number, status, date and title of every record.",
        "With --json, an array of objects with path, number, title, status, date and more."
      })
  static final class ListRecords implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--json", description = "Print a JSON array instead of text.")
    boolean json;

    @Option(
        names = "--repo",
        defaultValue = ".",
        description = "The repository (default: the current directory).")
    Path repo;

    @Option(names = "--debug", description = "Show stack traces for internal errors.")
    boolean debug;

    @Override
    public Integer call() throws IOException {
      List<AdrNew.Row> rows;
      try (Repo r = Repos.open(repo, Optional.empty())) {
        rows =
            AdrNew.list(
                AdrNew.read(r, AdrNew.settings(r.root(), AdrCommand.class.getClassLoader())));
      }
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        List<Map<String, Object>> array = new ArrayList<>();
        for (AdrNew.Row row : rows) {
          Map<String, Object> o = new LinkedHashMap<>();
          o.put("path", row.path());
          o.put("log", row.log());
          o.put("number", row.number().orElse(null));
          o.put("title", row.title());
          o.put("status", row.status());
          o.put("statusText", row.statusText());
          o.put("date", row.date().map(LocalDate::toString).orElse(null));
          o.put("format", row.format());
          array.add(o);
        }
        out.println(
            new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(array));
      } else if (rows.isEmpty()) {
        out.println("No decision records found.");
      } else {
        int width =
            rows.stream()
                .mapToInt(r -> r.number().map(n -> String.valueOf(n).length()).orElse(1))
                .max()
                .orElse(1);
        int statusWidth = rows.stream().mapToInt(r -> r.status().length()).max().orElse(7);
        for (AdrNew.Row row : rows) {
          out.println(
              String.format(
                  "%" + width + "s  %-" + statusWidth + "s  %-10s  %s  (%s)",
                  row.number().map(String::valueOf).orElse("-"),
                  row.status(),
                  row.date().map(LocalDate::toString).orElse("-"),
                  row.title(),
                  row.path()));
        }
      }
      out.flush();
      return ExitCodes.CLEAN;
    }
  }
}
