package dev.trellis.core.repo;

import static dev.trellis.core.repo.RepoTestSupport.commitAll;
import static dev.trellis.core.repo.RepoTestSupport.init;
import static dev.trellis.core.repo.RepoTestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepoListingTest {
  @TempDir Path dir;

  private void committed() throws Exception {
    try (Git git = init(dir)) {
      write(dir, "README.md", "# r\n");
      write(dir, ".GitHub/CODEOWNERS", "* @a\n");
      write(dir, "docs/adr/0001-first.md", "# 1\n");
      write(dir, "docs/guide.md", "# g\n");
      write(dir, "src/main/A.java", "class A {}\n");
      write(dir, "test/fixtures/a/input.txt", "x\n");
      commitAll(git, "first");
    }
  }

  @Test
  void aCommitAndTheWorkTreeThatMatchesItListEveryDirectoryAlike() throws Exception {
    committed();
    try (Repo tree = Repos.open(dir, Optional.empty());
        Repo head = Repos.open(dir, Optional.of("HEAD"))) {
      for (String d : List.of("", ".GitHub", "docs", "docs/adr", "src", "test/fixtures", "none")) {
        assertThat(head.list(d)).as(d).isEqualTo(tree.list(d));
      }
      assertThat(head.list("")).containsExactly(".GitHub/", "README.md", "docs/", "src/", "test/");
    }
  }

  @Test
  void anExcludedFileIsNotListedAndAFolderLeftWithoutFilesDisappears() throws Exception {
    committed();
    try (Repo tree = Repos.open(dir, Optional.empty())) {
      Repo kept = ExcludedRepo.of(tree, List.of("test/**", "docs/guide.md"));
      assertThat(kept.list("")).containsExactly(".GitHub/", "README.md", "docs/", "src/");
      assertThat(kept.list("docs")).containsExactly("adr/");
      assertThat(kept.list("test")).isEmpty();
    }
  }

  @Test
  void aPlainDirectoryListsWhatItsGitignoreLeaves() throws Exception {
    write(dir, ".gitignore", "target/\n");
    write(dir, "pom.xml", "<project/>\n");
    write(dir, "target/classes/A.class", "ignored\n");
    write(dir, "src/A.java", "class A {}\n");
    try (Repo plain = Repos.open(dir, Optional.empty())) {
      assertThat(plain.list("")).containsExactly(".gitignore", "pom.xml", "src/");
    }
  }
}
