package dev.trellis.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReactorTest {
  @Test
  void theRepositoryIsTheNearestDirectoryHoldingGit(@TempDir Path dir) throws Exception {
    Path repo = dir.resolve("monorepo");
    Path project = repo.resolve("services/payments");
    Files.createDirectories(project);
    Files.createDirectories(repo.resolve(".git"));
    assertThat(Reactor.repositoryRoot(project)).isEqualTo(repo.toAbsolutePath());
    assertThat(Reactor.repositoryRoot(repo)).isEqualTo(repo.toAbsolutePath());
  }

  @Test
  void aGitFileMarksARootToo(@TempDir Path dir) throws Exception {
    Path worktree = dir.resolve("wt");
    Files.createDirectories(worktree.resolve("module"));
    Files.writeString(worktree.resolve(".git"), "gitdir: /elsewhere/.git/worktrees/wt\n");
    assertThat(Reactor.repositoryRoot(worktree.resolve("module")))
        .isEqualTo(worktree.toAbsolutePath());
  }
}
