package dev.trellis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class OwnersCommandTest {
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
    Path p = repo.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  @BeforeEach
  void aRepositoryWithACodeownersFile() throws Exception {
    write(
        ".github/CODEOWNERS",
        "*.js @js-owner #This is an inline comment.\n"
            + "/docs/* @docs @org/writers\n"
            + "/apps/ @octocat\n"
            + "/apps/github\n");
    write("src/app.js", "");
    write("docs/guide.md", "");
    write("docs/build-app/troubleshooting.md", "");
    write("apps/github/x.rb", "");
    write("apps/web/y.rb", "");
    write("README.md", "");
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      git.add().addFilepattern(".").call();
    }
  }

  @Test
  void printsTheOwnersOfEachPathInTheOrderGivenWithNothingAfterTheTabWhenUnowned() {
    int exit =
        trellis(
            "owners",
            "--repo",
            repo.toString(),
            "docs/guide.md",
            "./src/app.js",
            "docs/build-app/troubleshooting.md",
            "apps/github/x.rb");
    assertThat(exit).isZero();
    assertThat(out.toString())
        .isEqualTo(
            "docs/guide.md\t@docs @org/writers\n"
                + "src/app.js\t@js-owner\n"
                + "docs/build-app/troubleshooting.md\t\n"
                + "apps/github/x.rb\t\n");
  }

  @Test
  void unownedListsEveryFileWithoutAnOwnerSorted() {
    int exit = trellis("owners", "--repo", repo.toString(), "--unowned");
    assertThat(exit).isZero();
    assertThat(out.toString())
        .isEqualTo(
            ".github/CODEOWNERS\t\n"
                + "README.md\t\n"
                + "apps/github/x.rb\t\n"
                + "docs/build-app/troubleshooting.md\t\n");
  }

  @Test
  void unownedWithPathsLooksOnlyBelowThem() {
    int exit = trellis("owners", "--repo", repo.toString(), "--unowned", "apps");
    assertThat(exit).isZero();
    assertThat(out.toString()).isEqualTo("apps/github/x.rb\t\n");
  }

  @Test
  void jsonNamesTheFileTheDialectAndTheDecidingLines() {
    int exit = trellis("owners", "--repo", repo.toString(), "--json", "docs/guide.md", "x");
    assertThat(exit).isZero();
    assertThat(out.toString().replaceAll("\\s+", " "))
        .isEqualTo(
            "{ \"codeowners\" : \".github/CODEOWNERS\", \"dialect\" : \"github\", \"files\" : [ {"
                + " \"path\" : \"docs/guide.md\", \"owners\" : [ \"@docs\", \"@org/writers\" ],"
                + " \"lines\" : [ 2 ] }, { \"path\" : \"x\", \"owners\" : [ ], \"lines\" : [ ] } ]"
                + " } ");
  }

  @Test
  void thePolicyCanChooseTheGitLabDialect() throws Exception {
    write("CODEOWNERS", "internal/README.md @a\n");
    write("trellis.yml", "codeowners:\n  dialect: gitlab\n");
    try (Git git = Git.open(repo.toFile())) {
      git.add().addFilepattern(".").call();
    }
    int exit = trellis("owners", "--repo", repo.toString(), "docs/api/internal/README.md");
    assertThat(err.toString()).isEmpty();
    assertThat(exit).isZero();
    assertThat(out.toString()).isEqualTo("docs/api/internal/README.md\t@a\n");
  }

  @Test
  void onlyTrackedFilesAreListed() throws Exception {
    write("notes/untracked.txt", "");
    int exit = trellis("owners", "--repo", repo.toString(), "--unowned", "notes");
    assertThat(exit).isZero();
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void withoutPathsOrUnownedItIsAUsageError() {
    int exit = trellis("owners", "--repo", repo.toString());
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("trellis: give one or more PATHs, or --unowned.\n");
  }
}
