package dev.trellis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExcludedFilesTest {
  @TempDir Path repo;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int trellis(String... args) {
    CommandLine cl = TrellisCommand.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  private void write(String path, String text) throws Exception {
    Path file = repo.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static final String RULE =
      "rules:\n"
          + "  acme/no-env-files:\n"
          + "    type: file-absent\n"
          + "    paths: [\"**/.env\"]\n"
          + "    message: Secrets never live in the repository.\n";

  @Test
  void excludedPathsAreInvisibleToEveryRuleWhileTheRestIsChecked() throws Exception {
    write(
        "trellis.yml",
        "extends: []\nfiles:\n  exclude: [\"src/test/resources/fixtures/**\"]\n" + RULE);
    write(".env", "TOKEN=1\n");
    write("src/test/resources/fixtures/leaky/.env", "TOKEN=fixture\n");

    int exit = trellis("check", repo.toString(), "-f", "json");

    assertThat(exit).isEqualTo(1);
    assertThat(out.toString()).contains("\"path\": \".env\"").doesNotContain("fixtures/leaky");
  }

  @Test
  void exclusionsOfTheBaselineAndTheRepositoryAddUp() throws Exception {
    write("baseline.yml", "name: org\nfiles:\n  exclude: [\"vendor/**\"]\n" + RULE);
    write(
        "trellis.yml",
        "extends: [file:baseline.yml]\n"
            + "files:\n"
            + "  exclude: [\"fixtures/**\"]\n"
            + "  reason: Fixtures hold fake secrets on purpose\n");
    write("vendor/lib/.env", "x\n");
    write("fixtures/a/.env", "x\n");

    assertThat(trellis("check", repo.toString())).as(out.toString()).isZero();
    assertThat(out.toString())
        .contains(
            "trellis.yml:3: The repository departs from its baseline (org, baseline.yml:3):"
                + " files.exclude hides [fixtures/**] from every rule (the baseline hides"
                + " [vendor/**]). Reason: Fixtures hold fake secrets on purpose.");
  }

  @Test
  void exclusionsTheRepositoryAddsWithoutAReasonAreAnUnexplainedDeviation() throws Exception {
    write("baseline.yml", "name: org\n" + RULE);
    write("trellis.yml", "extends: [file:baseline.yml]\nfiles:\n  exclude: [\"fixtures/**\"]\n");
    write("fixtures/a/.env", "x\n");

    assertThat(trellis("check", repo.toString())).as(out.toString()).isEqualTo(1);
    assertThat(out.toString())
        .contains(
            "trellis.yml:3: The repository hides files from its baseline's rules without a"
                + " reason: files.exclude hides [fixtures/**] from every rule (org, baseline.yml).")
        .contains("fix: Say why next to the globs (files: { exclude: [fixtures/**], reason:")
        .doesNotContain("fixtures/a/.env");
  }

  @Test
  void anExclusionThatIsNotAListOfGlobsIsAConfigurationError() throws Exception {
    write("trellis.yml", "extends: []\nfiles:\n  exclude: 3\n");

    int exit = trellis("check", repo.toString());

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString())
        .contains(
            "trellis.yml:3: 'files.exclude' takes a list of path globs, not a single value. For"
                + " example: files: { exclude: [\"**/src/test/resources/fixtures/**\"], reason:"
                + " \"fixtures break the rules on purpose\" }");
  }
}
