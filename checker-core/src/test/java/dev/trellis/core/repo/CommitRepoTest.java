package dev.trellis.core.repo;

import static dev.trellis.core.repo.RepoTestSupport.commitAll;
import static dev.trellis.core.repo.RepoTestSupport.init;
import static dev.trellis.core.repo.RepoTestSupport.text;
import static dev.trellis.core.repo.RepoTestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommitRepoTest {
  @TempDir Path tmp;
  private Path dir;
  private RevCommit first;
  private RevCommit second;

  @BeforeEach
  void history() throws Exception {
    dir = tmp.resolve("repo");
    Files.createDirectories(dir);
    try (Git git = init(dir)) {
      write(dir, "README.md", "# v1\n");
      write(dir, "docs/adr/0001-record.md", "# 1. Record\n");
      first = commitAll(git, "first");
      git.tag().setName("v1.0").setAnnotated(true).setMessage("release 1.0").call();
      write(dir, "README.md", "# v2\n");
      write(dir, "CHANGELOG.md", "## 2.0\n");
      Files.delete(dir.resolve("docs/adr/0001-record.md"));
      second = commitAll(git, "second");
      git.tag().setName("v2.0").call();
    }
    // work-tree changes that no commit holds
    write(dir, "README.md", "# uncommitted\n");
    write(dir, "untracked.txt", "u\n");
  }

  @Test
  void atATagReadsThatCommitFromObjectsNotTheWorkTree() {
    try (Repo repo = Repos.open(dir, Optional.of("v1.0"))) {
      assertThat(repo.files()).containsExactly("README.md", "docs/adr/0001-record.md");
      assertThat(text(repo, "README.md")).isEqualTo("# v1\n");
      assertThat(repo.describe()).isEqualTo("commit " + first.abbreviate(7).name() + " (v1.0)");
      assertThat(repo.git().orElseThrow().commit()).contains(first.getId());
    }
  }

  @Test
  void atAShortIdOrARelativeRevisionReadsTheSameCommit() {
    String shortId = first.abbreviate(7).name();
    try (Repo byShortId = Repos.open(dir, Optional.of(shortId));
        Repo byParent = Repos.open(dir, Optional.of("HEAD~1"));
        Repo byFullId = Repos.open(dir, Optional.of(first.name()))) {
      assertThat(byShortId.files()).containsExactly("README.md", "docs/adr/0001-record.md");
      assertThat(byParent.git().orElseThrow().commit()).contains(first.getId());
      assertThat(byFullId.describe()).isEqualTo("commit " + shortId);
    }
  }

  @Test
  void atHeadIgnoresWorkTreeChanges() {
    try (Repo repo = Repos.open(dir, Optional.of("HEAD"))) {
      assertThat(repo.files()).containsExactly("CHANGELOG.md", "README.md");
      assertThat(text(repo, "README.md")).isEqualTo("# v2\n");
      assertThat(repo.read("untracked.txt")).isEmpty();
    }
  }

  @Test
  void aBareRepositoryIsReadAtHeadOrAtAnyRevision() throws Exception {
    Path bare = tmp.resolve("bare.git");
    Git.cloneRepository()
        .setURI(dir.toUri().toString())
        .setDirectory(bare.toFile())
        .setBare(true)
        .call()
        .close();

    try (Repo head = Repos.open(bare, Optional.empty());
        Repo tagged = Repos.open(bare, Optional.of("v1.0"))) {
      assertThat(head.files()).containsExactly("CHANGELOG.md", "README.md");
      assertThat(head.describe()).isEqualTo("commit " + second.abbreviate(7).name() + " (HEAD)");
      assertThat(text(tagged, "docs/adr/0001-record.md")).isEqualTo("# 1. Record\n");
    }
  }

  @Test
  void anUnknownRevisionIsAClearError() {
    assertThatThrownBy(() -> Repos.open(dir, Optional.of("v9.9")))
        .isInstanceOf(RepoException.class)
        .hasMessage(
            "unknown revision 'v9.9' in "
                + dir
                + ": no branch, tag or commit has that name. List them with 'git -C "
                + dir
                + " log --oneline --decorate'.");
  }

  @Test
  void aRevisionThatIsNotGitSyntaxIsAClearError() {
    assertThatThrownBy(() -> Repos.open(dir, Optional.of("main@{")))
        .isInstanceOf(RepoException.class)
        .hasMessage("'main@{' is not a revision git understands. Give a branch, tag or commit id.");
    assertThatThrownBy(() -> Repos.open(dir, Optional.of("--all")))
        .isInstanceOf(RepoException.class)
        .hasMessage("'--all' is not a revision. Give a branch, tag or commit id.");
  }

  @Test
  void atOnAPlainDirectoryIsAClearError() throws Exception {
    Path plain = tmp.resolve("plain");
    write(plain, "README.md", "# Plain\n");
    assertThatThrownBy(() -> Repos.open(plain, Optional.of("HEAD")))
        .isInstanceOf(RepoException.class)
        .hasMessage(plain + " is not a git repository, so --at HEAD cannot be read");
  }

  @Test
  void symlinksInACommitAreFollowedOnlyToFilesOfTheSameCommit() throws Exception {
    Path outside = tmp.resolve("outside");
    write(outside, "secret.txt", "top secret\n");
    Path linked = tmp.resolve("linked");
    Files.createDirectories(linked);
    try (Git git = init(linked)) {
      write(linked, "docs/real.md", "# Real\n");
      Files.createSymbolicLink(linked.resolve("README.md"), Path.of("docs/real.md"));
      Files.createSymbolicLink(linked.resolve("docs/up.md"), Path.of("../README.md"));
      Files.createSymbolicLink(linked.resolve("abs.txt"), outside.resolve("secret.txt"));
      Files.createSymbolicLink(linked.resolve("climb.txt"), Path.of("../outside/secret.txt"));
      Files.createSymbolicLink(linked.resolve("dirlink"), outside);
      Files.createSymbolicLink(linked.resolve("loop-a"), Path.of("loop-b"));
      Files.createSymbolicLink(linked.resolve("loop-b"), Path.of("loop-a"));
      commitAll(git, "links");
    }
    try (Repo repo = Repos.open(linked, Optional.of("HEAD"))) {
      assertThat(repo.files())
          .containsExactly(
              "README.md",
              "abs.txt",
              "climb.txt",
              "dirlink",
              "docs/real.md",
              "docs/up.md",
              "loop-a",
              "loop-b");
      assertThat(text(repo, "README.md")).isEqualTo("# Real\n");
      assertThat(text(repo, "docs/up.md")).isEqualTo("# Real\n");
      assertThat(repo.read("abs.txt")).isEmpty();
      assertThat(repo.read("climb.txt")).isEmpty();
      assertThat(repo.read("dirlink/secret.txt")).isEmpty();
      assertThat(repo.read("loop-a")).isEmpty();
    }
  }

  @Test
  void linkTargetsAreResolvedInsideTheRepositoryOnly() {
    byte[] up = "../x.md".getBytes(StandardCharsets.UTF_8);
    assertThat(CommitRepo.linkTarget("docs/a.md", up)).contains("x.md");
    assertThat(CommitRepo.linkTarget("a.md", up)).isEmpty();
    assertThat(CommitRepo.linkTarget("a.md", "/etc/passwd".getBytes(StandardCharsets.UTF_8)))
        .isEmpty();
    assertThat(CommitRepo.linkTarget("a/b/c.md", "./../d/./e.md".getBytes(StandardCharsets.UTF_8)))
        .contains("a/d/e.md");
  }

  @Test
  void pathsThatClimbOutOfTheRootReadNothing() {
    try (Repo repo = Repos.open(dir, Optional.of("HEAD"))) {
      assertThat(repo.read("../repo/README.md")).isEmpty();
      assertThat(repo.read("/README.md")).isEmpty();
      assertThat(repo.read("docs")).isEmpty();
    }
  }
}
