package dev.trellis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class InitCommandTest {
  @TempDir Path repo;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int trellis(String... args) {
    CommandLine cl = TrellisCommand.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  private void commit(Git git, String author, String path, String content) throws Exception {
    Path file = repo.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    git.add().addFilepattern(path).call();
    PersonIdent who =
        new PersonIdent(
            author,
            author.toLowerCase() + "@example.com",
            Instant.parse("2026-10-01T10:00:00Z"),
            ZoneOffset.UTC);
    git.commit().setMessage("change " + path).setAuthor(who).setCommitter(who).call();
  }

  @Test
  void initWritesEveryMissingStandardAndNamesRecentCommittersAsOwnerHints() throws Exception {
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      commit(git, "Alice", "src/a.txt", "1");
      commit(git, "Alice", "src/b.txt", "2");
      commit(git, "Bob", "src/a.txt", "3");
      commit(git, "Bob", "docs/guide.md", "# Guide\n");
    }

    int exit = trellis("init", repo.toString(), "--today", "2026-11-27");

    assertThat(exit).isZero();
    assertThat(repo.resolve("trellis.yml")).exists();
    assertThat(repo.resolve("docs/adr/0001-record-architecture-decisions.md"))
        .content()
        .contains(
            "# 1. Record architecture decisions", "Date: 2026-11-27", "## Status\n\nAccepted");
    assertThat(repo.resolve("docs/postmortems/template.md"))
        .content()
        .contains("blameless", "## Action items", "## Lessons learned");
    assertThat(repo.resolve(".github/pull_request_template.md")).exists();
    assertThat(repo.resolve("CONTRIBUTING.md")).exists();
    assertThat(repo.resolve("SECURITY.md")).exists();
    assertThat(repo.resolve(".github/CODEOWNERS"))
        .content()
        .contains(
            "# * @your-team\n",
            "# /src/ - most commits in the last 500: Alice (2), Bob (1)\n# /src/ @owner\n",
            "# /docs/ - most commits in the last 500: Bob (1)\n");
    assertThat(out.toString())
        .contains("  wrote  .github/CODEOWNERS (code ownership)")
        .contains("note: .github/CODEOWNERS: a human must decide who owns the code.");
  }

  @Test
  void dryRunListsWhatWouldBeWrittenAndWritesNothing() throws Exception {
    Files.writeString(repo.resolve("README.md"), "# Thing\n");

    int exit = trellis("init", repo.toString(), "--dry-run");

    assertThat(exit).isZero();
    assertThat(out.toString())
        .contains(
            "  would write trellis.yml (the repository's policy)",
            "  would write SECURITY.md (a security policy)");
    try (var files = Files.list(repo)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("README.md");
    }
  }

  @Test
  void existingStandardsAreKeptAndNeverOverwritten() throws Exception {
    Files.createDirectories(repo.resolve("docs"));
    Files.writeString(repo.resolve("docs/Contributing.md"), "ours\n");
    Files.createDirectories(repo.resolve("doc/adr"));
    Files.writeString(repo.resolve("doc/adr/0001-use-java.md"), "# 1. Use Java\n");
    Files.writeString(repo.resolve("trellis.yml"), "name: mine\n");

    int exit = trellis("init", repo.toString(), "--owner", "@acme/payments");

    assertThat(exit).isZero();
    assertThat(repo.resolve("trellis.yml")).content().isEqualTo("name: mine\n");
    assertThat(repo.resolve("docs/Contributing.md")).content().isEqualTo("ours\n");
    assertThat(repo.resolve("CONTRIBUTING.md")).doesNotExist();
    assertThat(repo.resolve("docs/adr")).doesNotExist();
    assertThat(repo.resolve(".github/CODEOWNERS"))
        .content()
        .startsWith("# Code owners")
        .contains("\n* @acme/payments\n");
    assertThat(out.toString())
        .contains(
            "  kept   trellis.yml (the repository's policy exists)",
            "  kept   CONTRIBUTING.md (how to contribute exists)");
  }

  @Test
  void theOwnerBecomesTheCodeOwnerAndATeamOfThePolicy() throws Exception {
    int exit =
        trellis(
            "init",
            repo.toString(),
            "--owner",
            "@acme/payments",
            "--adr-format",
            "madr",
            "--baseline",
            "classpath:acme/baseline.yml");

    assertThat(exit).isZero();
    assertThat(repo.resolve("trellis.yml"))
        .content()
        .contains("extends:\n  - classpath:acme/baseline.yml\n", "teams: [\"@acme/payments\"]");
    assertThat(repo.resolve("docs/adr/0001-record-architecture-decisions.md"))
        .content()
        .startsWith("---\nstatus: \"accepted\"");
    assertThat(out.toString()).doesNotContain("a human must decide who owns");
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertThat(trellis("init", repo.toString(), "--adr-format", "rst")).isEqualTo(2);
    assertThat(err.toString()).contains("--adr-format takes nygard or madr, not 'rst'.");
  }

  @Test
  void theScaffoldedRepositoryPassesTheDefaultBaseline() throws Exception {
    Files.writeString(
        repo.resolve("README.md"),
        "# Payments\n\nPayments takes card payments for the shop, so that checkout never depends on a third party's uptime.\n\nOwned by @acme/payments; ask in #payments.\n");
    assertThat(trellis("init", repo.toString(), "--owner", "@acme/payments")).isZero();

    int exit = trellis("check", repo.toString(), "--fail-on", "warn");

    assertThat(exit).as(out.toString()).isZero();
  }
}
