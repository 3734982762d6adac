package dev.trellis.core.repo;

import static dev.trellis.core.repo.RepoTestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FoldersTest {
  @TempDir Path dir;

  @Test
  void foldersAsPeopleWriteThemBecomeRepoRelative() {
    assertThat(Folders.clean("./docs/adr/")).isEqualTo("docs/adr");
    assertThat(Folders.clean(" docs\\decisions ")).isEqualTo("docs/decisions");
    assertThat(Folders.clean(".")).isEmpty();
    assertThat(Folders.clean("./")).isEmpty();
  }

  @Test
  void aWellKnownFolderIsFoundInAnyCaseAndEveryCopyIsKeptInPathOrder() throws Exception {
    write(dir, ".GitHub/CONTRIBUTING.md", "c\n");
    write(dir, ".github/SECURITY.md", "s\n");
    write(dir, ".github/workflows/ci.yml", "on: push\n");
    write(dir, "Docs/guide.md", "g\n");
    write(dir, "README.md", "r\n");
    try (Repo repo = Repos.open(dir, Optional.empty())) {
      assertThat(Folders.named(repo, ".github/")).containsExactly(".GitHub/", ".github/");
      assertThat(Folders.named(repo, "docs")).containsExactly("Docs/");
      assertThat(Folders.named(repo, "")).containsExactly("");
      assertThat(Folders.files(repo, ".github"))
          .containsExactly(".GitHub/CONTRIBUTING.md", ".github/SECURITY.md");
      assertThat(Folders.files(repo, "")).containsExactly("README.md");
    }
  }

  @Test
  void aNestedFolderIsMatchedSegmentBySegment() throws Exception {
    write(dir, ".github/ISSUE_TEMPLATE/bug.yml", "name: Bug\n");
    write(dir, ".GITHUB/issue_template/idea.md", "i\n");
    write(dir, ".github/ISSUE_TEMPLATE/old/legacy.md", "deeper: not directly in it\n");
    write(dir, "issue_template/notes.md", "not below .github\n");
    try (Repo repo = Repos.open(dir, Optional.empty())) {
      assertThat(Folders.named(repo, ".github/issue_template/"))
          .containsExactly(".GITHUB/issue_template/", ".github/ISSUE_TEMPLATE/");
      assertThat(Folders.files(repo, ".github/issue_template"))
          .containsExactly(".GITHUB/issue_template/idea.md", ".github/ISSUE_TEMPLATE/bug.yml");
    }
  }

  @Test
  void aFolderThatIsAbsentOrOnlyAFileNameFindsNothing() throws Exception {
    write(dir, "docs", "a file named docs\n");
    try (Repo repo = Repos.open(dir, Optional.empty())) {
      assertThat(Folders.named(repo, "docs")).isEmpty();
      assertThat(Folders.files(repo, "docs/adr")).isEmpty();
    }
  }
}
