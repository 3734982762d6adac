package dev.trellis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code trellis check} end to end on a real git repository, every report format at once. */
class CheckReportsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path repo;
  @TempDir Path out;

  private final StringWriter stdout = new StringWriter();
  private final StringWriter stderr = new StringWriter();

  @BeforeEach
  void aRepositoryWithTwoSecretFiles() throws Exception {
    write(
        "trellis.yml",
        "name: payments\n"
            + "rules:\n"
            + "  acme/no-env-files:\n"
            + "    type: file-absent\n"
            + "    paths: [\"**/.env\"]\n"
            + "    level: error\n"
            + "    message: Secrets never live in the repository.\n"
            + "    hint: Move the values to the secret store and delete the file.\n");
    write("config/.env", "TOKEN=1\n");
    write("my secrets/.env", "TOKEN=2\n");
    write("README.md", "# Payments\n");
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      git.add().addFilepattern(".").call();
      git.commit().setMessage("start").setSign(false).call();
    }
  }

  private void write(String path, String content) throws Exception {
    Path file = repo.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  private int trellis(String... args) {
    CommandLine cl = TrellisCommand.commandLine();
    cl.setOut(new PrintWriter(stdout, true));
    cl.setErr(new PrintWriter(stderr, true));
    return cl.execute(args);
  }

  private List<String> check(String... more) {
    List<String> args = new ArrayList<>(List.of("check", repo.toString(), "--today", "2026-11-27"));
    args.addAll(List.of(more));
    return args;
  }

  @Test
  void everyFormatIsWrittenIntoTheOutputDirectoryInOneRun() throws Exception {
    int exit =
        trellis(
            check(
                    "-f",
                    "json",
                    "-f",
                    "sarif",
                    "-f",
                    "markdown",
                    "-f",
                    "html",
                    "-f",
                    "text",
                    "-o",
                    out.resolve("reports").toString())
                .toArray(String[]::new));

    assertThat(exit).isEqualTo(ExitCodes.FINDINGS);
    Path dir = out.resolve("reports");
    assertThat(stderr.toString().lines().filter(l -> l.startsWith("trellis: wrote ")))
        .containsExactly(
            "trellis: wrote " + dir.resolve("report.json"),
            "trellis: wrote " + dir.resolve("report.sarif"),
            "trellis: wrote " + dir.resolve("report.md"),
            "trellis: wrote " + dir.resolve("report.html"),
            "trellis: wrote " + dir.resolve("report.txt"));
    assertThat(stdout.toString()).isEmpty();

    JsonNode json = MAPPER.readTree(dir.resolve("report.json").toFile());
    assertThat(json.get("schema").asText()).isEqualTo("trellis-report/1");
    assertThat(json.get("verdict").asText()).isEqualTo("fail");
    assertThat(json.get("date").asText()).isEqualTo("2026-11-27");
    List<String> secrets = new ArrayList<>();
    for (JsonNode f : json.get("findings")) {
      if (f.get("rule").asText().equals("acme/no-env-files")) {
        secrets.add(
            f.get("path").asText()
                + " "
                + f.get("level").asText()
                + " "
                + f.get("status").asText());
      }
    }
    assertThat(secrets).containsExactly("config/.env error open", "my secrets/.env error open");

    JsonNode run = MAPPER.readTree(dir.resolve("report.sarif").toFile()).at("/runs/0");
    List<String> uris = new ArrayList<>();
    for (JsonNode r : run.get("results")) {
      assertThat(run.at("/tool/driver/rules/" + r.get("ruleIndex").asInt() + "/id").asText())
          .isEqualTo(r.get("ruleId").asText());
      if (r.get("ruleId").asText().equals("acme/no-env-files")) {
        uris.add(r.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
      }
    }
    assertThat(uris).containsExactly("config/.env", "my%20secrets/.env");

    assertThat(dir.resolve("report.md")).content().startsWith("## ❌ Trellis: failed\n");
    assertThat(dir.resolve("report.html"))
        .content()
        .startsWith("<!DOCTYPE html>\n")
        .contains("<code>acme/no-env-files</code>");
    assertThat(dir.resolve("report.txt"))
        .content()
        .contains(
            "\nacme/no-env-files",
            "  error    config/.env: The file matches '**/.env' and must not be in the"
                + " repository. Secrets never live in the repository.\n",
            "           fix: Move the values to the secret store and delete the file.\n")
        .doesNotContain("\u001b[");
  }

  @Test
  void severalFormatsWithoutAnOutputDirectoryAreAUsageError() {
    int exit = trellis(check("-f", "json", "-f", "sarif").toArray(String[]::new));

    assertThat(exit).isEqualTo(ExitCodes.USAGE);
    assertThat(stderr.toString())
        .isEqualTo(
            "trellis: 2 formats (json, sarif) cannot share the standard output. Add -o DIR to"
                + " write one file per format into DIR.\n");
  }

  @Test
  void anOutputFileCannotHoldSeveralFormats() throws Exception {
    Path file = Files.writeString(out.resolve("taken.txt"), "x");

    int exit =
        trellis(check("-f", "json", "-f", "html", "-o", file.toString()).toArray(String[]::new));

    assertThat(exit).isEqualTo(ExitCodes.USAGE);
    assertThat(stderr.toString())
        .isEqualTo(
            "trellis: -o "
                + file
                + " is a file; with several formats -o names a directory to write them into.\n");
  }

  @Test
  void oneFormatGoesToStandardOutputUncolouredUnlessAsked() {
    assertThat(trellis(check().toArray(String[]::new))).isEqualTo(ExitCodes.FINDINGS);
    String plain = stdout.toString();
    stdout.getBuffer().setLength(0);
    assertThat(trellis(check("--color", "always").toArray(String[]::new)))
        .isEqualTo(ExitCodes.FINDINGS);

    assertThat(plain).startsWith("Trellis checked ").doesNotContain("\u001b[");
    assertThat(stdout.toString()).contains("\u001b[1macme/no-env-files\u001b[0m");
    assertThat(stdout.toString().replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(plain);
  }

  @Test
  void theJsonVerdictAndTimingsFollowTheCommandLine() throws Exception {
    int exit =
        trellis(check("-f", "json", "--fail-on", "never", "--timings").toArray(String[]::new));

    assertThat(exit).isEqualTo(ExitCodes.CLEAN);
    JsonNode json = MAPPER.readTree(stdout.toString());
    assertThat(json.get("failOn").asText()).isEqualTo("never");
    assertThat(json.get("verdict").asText()).isEqualTo("pass");
    assertThat(json.at("/timings/rules").has("acme/no-env-files")).isTrue();
  }

  @Test
  void theGitHubModeLeavesNoSuppressionsInTheSarifFile() throws Exception {
    int exit =
        trellis(
            check(
                    "-f",
                    "sarif",
                    "--sarif-omit-waived",
                    "-o",
                    out.resolve("github.sarif").toString())
                .toArray(String[]::new));

    assertThat(exit).isEqualTo(ExitCodes.FINDINGS);
    JsonNode log = MAPPER.readTree(out.resolve("github.sarif").toFile());
    assertThat(log.get("version").asText()).isEqualTo("2.1.0");
    assertThat(log.at("/runs/0/results").findValues("suppressions")).isEmpty();
    assertThat(log.at("/runs/0/tool/driver/semanticVersion").asText()).isEqualTo(Version.current());
  }
}
