package dev.trellis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code trellis check} end to end: real directories, real JGit repositories, exact exit codes. */
class CheckCommandTest {
  private static final String BASELINE =
      """
      name: test-baseline
      version: 1
      rules:
        test/readme:
          type: file-exists
          paths: [README.md]
          level: error
          message: Every repository has a README.
        test/no-env:
          type: file-absent
          paths: ["**/.env"]
          level: warn
          message: Secrets never live in the repository.
      """;

  @TempDir Path tmp;

  /** A repository that extends only the test baseline, so Trellis's own defaults stay out. */
  private Path repo(String... files) throws Exception {
    Path dir = tmp.resolve("repo");
    write(dir, "policy/base.yml", BASELINE);
    write(dir, "trellis.yml", "extends: [file:policy/base.yml]\n");
    for (String f : files) {
      write(dir, f, "content of " + f + "\n");
    }
    return dir;
  }

  private static void write(Path root, String path, String content) throws Exception {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  private static List<String> findings(String json) throws Exception {
    JsonNode root = new ObjectMapper().readTree(json);
    List<String> out = new ArrayList<>();
    for (JsonNode f : root.get("findings")) {
      out.add(
          f.get("level").asText()
              + " "
              + f.get("rule").asText()
              + (f.has("path") ? " " + f.get("path").asText() : "")
              + ": "
              + f.get("message").asText());
    }
    return out;
  }

  @Test
  void aCleanRepositoryExitsZero() throws Exception {
    Path dir = repo("README.md");

    CliRun run = CliRun.of("check", dir.toString(), "-f", "json");

    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(findings(run.out())).isEmpty();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void anErrorFindingExitsOneAndNamesWhatIsWrong() throws Exception {
    Path dir = repo("src/app.py");

    CliRun run = CliRun.of("check", dir.toString(), "-f", "json");

    assertThat(run.exit()).as(run.toString()).isEqualTo(1);
    assertThat(findings(run.out()))
        .containsExactly(
            "error test/readme: No file matches 'README.md'; at least one must exist."
                + " Every repository has a README.");
  }

  @Test
  void warningsPassByDefaultAndFailWithFailOnWarn() throws Exception {
    Path dir = repo("README.md", "deploy/.env");

    CliRun byDefault = CliRun.of("check", dir.toString(), "-f", "json");
    CliRun onWarn = CliRun.of("check", dir.toString(), "-f", "json", "--fail-on", "warn");

    assertThat(byDefault.exit()).as(byDefault.toString()).isZero();
    assertThat(onWarn.exit()).as(onWarn.toString()).isEqualTo(1);
    assertThat(findings(onWarn.out()))
        .containsExactly(
            "warn test/no-env deploy/.env: The file matches '**/.env' and must not be in the"
                + " repository. Secrets never live in the repository.");
  }

  @Test
  void failOnNeverExitsZeroEvenWithErrors() throws Exception {
    Path dir = repo();

    CliRun run = CliRun.of("check", dir.toString(), "--fail-on", "never", "-f", "json");

    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(findings(run.out())).hasSize(1);
  }

  @Test
  void anUnknownFailOnLevelIsAUsageError() throws Exception {
    CliRun run = CliRun.of("check", repo().toString(), "--fail-on", "sometimes");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo("trellis: --fail-on takes error, warn or never, not 'sometimes'.\n");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void severalFormatsGoIntoTheOutputDirectory() throws Exception {
    Path dir = repo();
    Path out = tmp.resolve("reports");

    CliRun run =
        CliRun.of("check", dir.toString(), "-f", "text", "-f", "json", "-o", out.toString());

    assertThat(run.exit()).as(run.toString()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "trellis: wrote "
                + out.resolve("report.txt")
                + "\ntrellis: wrote "
                + out.resolve("report.json")
                + "\n");
    assertThat(findings(Files.readString(out.resolve("report.json")))).hasSize(1);
    assertThat(out.resolve("report.txt"))
        .content()
        .contains("No file matches 'README.md'; at least one must exist.");
  }

  @Test
  void anUnknownFormatIsAUsageErrorThatListsTheKnownOnes() throws Exception {
    CliRun run = CliRun.of("check", repo().toString(), "-f", "yaml");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).startsWith("trellis: unknown format 'yaml'. Known formats: ");
    assertThat(run.err()).contains("text", "json");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void malformedYamlIsAConfigurationErrorWithFileAndLineAndNoStackTrace() throws Exception {
    Path dir = repo("README.md");
    write(dir, "trellis.yml", "extends: [file:policy/base.yml]\nrules:\n  test/readme: [error\n");

    CliRun run = CliRun.of("check", dir.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).startsWith("trellis: the policy has 1 problem:\n  trellis.yml:");
    assertThat(run.err()).contains("not valid YAML").doesNotContain("Exception", "\tat ");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void anUnknownKeyIsAConfigurationErrorWithASuggestion() throws Exception {
    Path dir = repo("README.md");
    write(dir, "trellis.yml", "extends: [file:policy/base.yml]\nrulez: {}\n");

    CliRun run = CliRun.of("check", dir.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "trellis: the policy has 1 problem:\n"
                + "  trellis.yml:2: unknown key 'rulez'. Did you mean 'rules'?\n");
  }

  @Test
  void aMissingDirectoryIsAUsageError() {
    Path missing = tmp.resolve("nope");

    CliRun run = CliRun.of("check", missing.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("trellis: " + missing + " is not a directory\n");
  }

  @Test
  void atOnABareRepositoryChecksThatCommitUnderTheCommittedPolicy() throws Exception {
    Path work = repo("README.md");
    try (Git git = Git.init().setDirectory(work.toFile()).setInitialBranch("main").call()) {
      commit(git, "first");
      git.tag().setName("v1").call();
      Files.delete(work.resolve("README.md"));
      commit(git, "drop the readme");
    }
    Path bare = tmp.resolve("repo.git");
    Git.cloneRepository()
        .setURI(work.toUri().toString())
        .setDirectory(bare.toFile())
        .setBare(true)
        .call()
        .close();
    // the baseline a committed trellis.yml extends by relative path sits beside the bare repository
    write(bare, "policy/base.yml", BASELINE);

    CliRun atTag = CliRun.of("check", bare.toString(), "--at", "v1", "-f", "json");
    CliRun atHead = CliRun.of("check", bare.toString(), "-f", "json");
    CliRun unknown = CliRun.of("check", bare.toString(), "--at", "v7");

    assertThat(atTag.exit()).as(atTag.toString()).isZero();
    assertThat(atHead.exit()).as(atHead.toString()).isEqualTo(1);
    assertThat(findings(atHead.out()))
        .containsExactly(
            "error test/readme: No file matches 'README.md'; at least one must exist."
                + " Every repository has a README.");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err())
        .isEqualTo(
            "trellis: unknown revision 'v7' in "
                + bare.toRealPath()
                + ": no branch, tag or commit has that name. List them with 'git -C "
                + bare.toRealPath()
                + " log --oneline --decorate'.\n");
  }

  @Test
  void atReadsTheCommitNotTheWorkTree() throws Exception {
    Path work = repo("README.md");
    try (Git git = Git.init().setDirectory(work.toFile()).setInitialBranch("main").call()) {
      commit(git, "first");
    }
    Files.delete(work.resolve("README.md"));

    CliRun workTree = CliRun.of("check", work.toString(), "-f", "json");
    CliRun head = CliRun.of("check", work.toString(), "--at", "HEAD", "-f", "json");

    assertThat(workTree.exit()).as(workTree.toString()).isEqualTo(1);
    assertThat(head.exit()).as(head.toString()).isZero();
  }

  @Test
  void timingsNameEveryRule() throws Exception {
    CliRun run = CliRun.of("check", repo("README.md").toString(), "--timings", "-f", "json");

    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(run.err()).startsWith("timings (ms):\n").contains("test/readme", "test/no-env");
  }

  @Test
  void aRuleThatCannotEvenDescribeItselfIsAnInternalError() throws Exception {
    Path rules = tmp.resolve("custom-rules");
    write(
        rules,
        "META-INF/services/dev.trellis.core.rule.Rule",
        CrashingInfoRule.class.getName() + "\n");

    CliRun run = CliRun.of("check", repo("README.md").toString(), "--rules-path", rules.toString());
    CliRun debug =
        CliRun.of(
            "check", repo("README.md").toString(), "--rules-path", rules.toString(), "--debug");

    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.err())
        .isEqualTo(
            "trellis: internal error: java.lang.IllegalStateException: metadata table not"
                + " initialised\n"
                + "Run again with --debug for the stack trace, and report it.\n");
    assertThat(debug.exit()).isEqualTo(3);
    assertThat(debug.err()).contains("\tat dev.trellis.cli.CrashingInfoRule.info(");
  }

  @Test
  void aRulesPathThatNamesAMissingClassIsAUsageError() throws Exception {
    Path rules = tmp.resolve("broken-rules");
    write(rules, "META-INF/services/dev.trellis.core.rule.Rule", "com.example.Missing\n");

    CliRun run = CliRun.of("check", repo("README.md").toString(), "--rules-path", rules.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "trellis: a rule jar cannot be loaded: dev.trellis.core.rule.Rule: Provider"
                + " com.example.Missing not found. Check the jars given with --rules-path.\n");
  }

  private static void commit(Git git, String message) throws Exception {
    git.add().addFilepattern(".").call();
    git.add().addFilepattern(".").setUpdate(true).call();
    PersonIdent who =
        new PersonIdent(
            "Ada", "ada@example.com", Instant.parse("2026-10-01T10:00:00Z"), ZoneOffset.UTC);
    git.commit().setMessage(message).setAuthor(who).setCommitter(who).call();
  }
}
