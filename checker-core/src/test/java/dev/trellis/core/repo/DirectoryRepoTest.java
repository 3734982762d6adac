package dev.trellis.core.repo;

import static dev.trellis.core.repo.RepoTestSupport.text;
import static dev.trellis.core.repo.RepoTestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryRepoTest {
  @TempDir Path tmp;

  @Test
  void aPlainDirectoryListsEveryFileItsGitignoreFilesDoNotIgnore() throws Exception {
    Path dir = tmp.resolve("plain");
    write(dir, ".gitignore", "target/\n*.class\n");
    write(dir, "README.md", "# Plain\n");
    write(dir, "src/A.java", "class A {}\n");
    write(dir, "src/A.class", "ignored\n");
    write(dir, "target/classes/A.class", "ignored directory\n");
    write(dir, "web/.gitignore", "node_modules/\n");
    write(dir, "web/index.js", "1\n");
    write(dir, "web/node_modules/left-pad/index.js", "ignored by the nested file\n");
    write(dir, "vendor/sub/.git/HEAD", "ref: refs/heads/main\n");
    write(dir, "vendor/sub/file.txt", "s\n");

    try (Repo repo = Repos.open(dir, Optional.empty())) {
      assertThat(repo.files())
          .containsExactly(
              ".gitignore",
              "README.md",
              "src/A.java",
              "vendor/sub/file.txt",
              "web/.gitignore",
              "web/index.js");
      assertThat(repo.git()).isEmpty();
      assertThat(repo.describe()).isEqualTo("directory " + dir.toRealPath());
      assertThat(repo.filesUnder("web")).containsExactly("web/.gitignore", "web/index.js");
    }
  }

  @Test
  void symlinksLeavingTheDirectoryAreNeverFollowedOrRead() throws Exception {
    Path outside = tmp.resolve("outside");
    write(outside, "secret.txt", "top secret\n");
    write(outside, "dir/inner.txt", "also secret\n");
    Path dir = tmp.resolve("plain");
    write(dir, "docs/real.md", "# Real\n");
    Files.createSymbolicLink(dir.resolve("leak.txt"), outside.resolve("secret.txt"));
    Files.createSymbolicLink(dir.resolve("leakdir"), outside.resolve("dir"));
    Files.createSymbolicLink(dir.resolve("README.md"), Path.of("docs/real.md"));

    try (Repo repo = Repos.open(dir, Optional.empty())) {
      assertThat(repo.files()).containsExactly("README.md", "docs/real.md", "leak.txt", "leakdir");
      assertThat(repo.read("leak.txt")).isEmpty();
      assertThat(repo.read("leakdir/inner.txt")).isEmpty();
      assertThat(repo.read("../outside/secret.txt")).isEmpty();
      assertThat(text(repo, "README.md")).isEqualTo("# Real\n");
    }
  }

  @Test
  void aFileIsNotADirectory() throws Exception {
    Path file = write(tmp, "file.txt", "x\n");
    assertThatThrownBy(() -> Repos.open(file, Optional.empty()))
        .isInstanceOf(RepoException.class)
        .hasMessage(file + " is not a directory");
    assertThatThrownBy(() -> Repos.open(tmp.resolve("missing"), Optional.empty()))
        .isInstanceOf(RepoException.class)
        .hasMessage(tmp.resolve("missing") + " is not a directory");
  }
}
