package dev.trellis.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReactorTest {
  @Test
  void theRepositoryIsTheNearestDirectoryHoldingGit(@TempDir Path dir) throws Exception {
    Path repo = dir.resolve("monorepo");
    Path project = repo.resolve("services/payments");
    Files.createDirectories(project);
    Files.createDirectories(repo.resolve(".git"));
    assertThat(Reactor.repositoryRoot(project, List.of(dir))).isEqualTo(repo.toAbsolutePath());
    assertThat(Reactor.repositoryRoot(repo, List.of())).isEqualTo(repo.toAbsolutePath());
  }

  @Test
  void aGitFileMarksARootToo(@TempDir Path dir) throws Exception {
    Path worktree = dir.resolve("wt");
    Files.createDirectories(worktree.resolve("module"));
    Files.writeString(worktree.resolve(".git"), "gitdir: /elsewhere/.git/worktrees/wt\n");
    assertThat(Reactor.repositoryRoot(worktree.resolve("module"), List.of(dir)))
        .isEqualTo(worktree.toAbsolutePath());
  }

  @Test
  void aSourceTreeWithoutGitStartsAtTheOutermostBuildRootHoldingTheProject(@TempDir Path dir)
      throws Exception {
    Path tree = dir.resolve("maven-resolver-1.9.22");
    Path module = tree.resolve("maven-resolver-api");
    Files.createDirectories(module);
    Path elsewhere = dir.resolve("other");

    assertThat(Reactor.repositoryRoot(module, List.of(module, tree, elsewhere)))
        .isEqualTo(tree.toAbsolutePath());
    assertThat(Reactor.repositoryRoot(module, List.of(elsewhere)))
        .isEqualTo(module.toAbsolutePath());
    Files.createDirectories(module.resolve(".git"));
    assertThat(Reactor.repositoryRoot(module, List.of(tree))).isEqualTo(module.toAbsolutePath());
  }

  @Test
  void parentPomsOnDiskAboveTheProjectAreBuildRoots(@TempDir Path dir) throws Exception {
    MavenProject root = project(dir.resolve("tree"), null);
    MavenProject demos = project(dir.resolve("tree/demos"), root);
    MavenProject snippets = project(dir.resolve("tree/demos/snippets"), demos);
    MavenProject sibling =
        project(dir.resolve("tree/demos/sibling"), project(dir.resolve("p"), null));

    assertThat(Reactor.parentDirectories(snippets))
        .containsExactly(
            dir.resolve("tree/demos").toAbsolutePath(), dir.resolve("tree").toAbsolutePath());
    assertThat(Reactor.parentDirectories(root)).isEmpty();
    assertThat(Reactor.parentDirectories(sibling)).isEmpty();
  }

  @Test
  @SuppressWarnings("deprecation") // the session's plain constructor: enough for a list of projects
  void modulesCarryTheirSourceRootsAndBuildDirectoryRepoRelative(@TempDir Path dir) {
    MavenProject api = project(dir.resolve("api"), null);
    api.setGroupId("com.acme");
    api.setArtifactId("api");
    api.getBuild().setDirectory(dir.resolve("api/target").toString());
    api.addCompileSourceRoot(dir.resolve("api/src/main/java").toString());
    api.addCompileSourceRoot(dir.resolve("api/target/generated-sources/annotations").toString());
    api.addTestCompileSourceRoot(dir.resolve("api/src/test/java").toString());
    MavenProject outside = project(dir.getParent().resolve("elsewhere"), null);
    org.apache.maven.execution.MavenSession session =
        new org.apache.maven.execution.MavenSession(
            null,
            null,
            new org.apache.maven.execution.DefaultMavenExecutionRequest(),
            new org.apache.maven.execution.DefaultMavenExecutionResult());
    session.setProjects(List.of(api, outside));

    assertThat(Reactor.modules(session, dir.toAbsolutePath()))
        .containsExactly(
            new dev.trellis.core.repo.BuildModule(
                "api",
                "com.acme:api",
                List.of(
                    "api/src/main/java",
                    "api/target/generated-sources/annotations",
                    "api/src/test/java"),
                List.of("api/target")));
  }

  private static MavenProject project(Path dir, MavenProject parent) {
    MavenProject p = new MavenProject();
    p.setFile(dir.resolve("pom.xml").toFile());
    if (parent != null) {
      p.setParent(parent);
      p.setParentFile(parent.getFile());
    }
    return p;
  }
}
