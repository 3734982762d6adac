package dev.trellis.core.repo;

import static dev.trellis.core.repo.RepoTestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExcludedRepoTest {
  @TempDir Path tmp;

  @Test
  void hidesTheFilesOfAnchoredAndFloatingGlobsAndKeepsTheRest() throws Exception {
    for (String f :
        List.of(
            "README.md",
            "src/A.java",
            "src/test/resources/fixtures/a/CODEOWNERS",
            "vendor.txt",
            "vendor/lib/x.js",
            "web/node_modules/pad/index.js")) {
      write(tmp, f, "x\n");
    }
    try (Repo repo = Repos.open(tmp, Optional.empty())) {
      Repo visible =
          ExcludedRepo.of(
              repo, List.of("**/src/test/resources/fixtures/**", "/vendor/", "node_modules"));
      assertThat(visible.files()).containsExactly("README.md", "src/A.java", "vendor.txt");
      assertThat(visible.isDirectory("vendor")).isFalse();
      assertThat(visible.read("vendor/lib/x.js")).isEmpty();
    }
  }

  @Test
  void anchoredGlobsAloneAreReadAsRangesOfTheSortedFiles() throws Exception {
    for (String f : List.of("a", "a.b", "a0", "b/y", "b.txt", "c/z")) {
      write(tmp, f, "x\n");
    }
    try (Repo repo = Repos.open(tmp, Optional.empty())) {
      assertThat(ExcludedRepo.of(repo, List.of("/a", "b/*")).files())
          .containsExactly("a.b", "a0", "b.txt", "c/z");
    }
  }
}
