package dev.trellis.core.signal.codeowners;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.repo.Repo;
import dev.trellis.core.repo.Repos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeownersDiscoveryTest {
  @TempDir Path dir;

  private void write(String path, String text) throws IOException {
    Path p = dir.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private Codeowners read(Map<String, Object> settings) {
    try (Repo repo = Repos.open(dir, Optional.empty())) {
      return Codeowners.read(repo, settings);
    }
  }

  @Test
  void githubReadsDotGithubFirstAndIgnoresTheOthers() throws IOException {
    write(".github/CODEOWNERS", "* @gh\n");
    write("CODEOWNERS", "* @root\n");
    write("docs/CODEOWNERS", "* @docs\n");
    write("src/CODEOWNERS", "* @nested\n");
    Codeowners co = read(Map.of());
    assertThat(co.dialect()).isEqualTo(Dialect.GITHUB);
    assertThat(co.dialectSource()).isEqualTo(Dialect.Source.LOCATION);
    assertThat(co.file().get().path()).isEqualTo(".github/CODEOWNERS");
    assertThat(co.index().resolve("x").owners()).containsExactly("@gh");
    assertThat(co.ignored())
        .extracting(IgnoredFile::path, IgnoredFile::nested)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("CODEOWNERS", false),
            org.assertj.core.groups.Tuple.tuple("docs/CODEOWNERS", false),
            org.assertj.core.groups.Tuple.tuple("src/CODEOWNERS", true));
  }

  @Test
  void githubReadsTheRootBeforeDocs() throws IOException {
    write("CODEOWNERS", "* @root\n");
    write("docs/CODEOWNERS", "* @docs\n");
    Codeowners co = read(Map.of());
    assertThat(co.file().get().path()).isEqualTo("CODEOWNERS");
    assertThat(co.dialectSource()).isEqualTo(Dialect.Source.DEFAULT);
  }

  @Test
  void gitlabOnlySyntaxAtTheRootMeansGitLab() throws IOException {
    write("CODEOWNERS", "[Docs] @docs\n*.md\n");
    write(".gitlab/CODEOWNERS", "* @ignored\n");
    Codeowners co = read(Map.of());
    assertThat(co.dialect()).isEqualTo(Dialect.GITLAB);
    assertThat(co.dialectSource()).isEqualTo(Dialect.Source.SYNTAX);
    assertThat(co.ignored()).extracting(IgnoredFile::path).containsExactly(".gitlab/CODEOWNERS");
  }

  @Test
  void aFileInDotGitlabMeansGitLab() throws IOException {
    write(".gitlab/CODEOWNERS", "docs/ @docs\n");
    Codeowners co = read(Map.of());
    assertThat(co.dialect()).isEqualTo(Dialect.GITLAB);
    assertThat(co.dialectSource()).isEqualTo(Dialect.Source.LOCATION);
  }

  @Test
  void thePolicyChoosesTheDialectAndSoTheOrder() throws IOException {
    write(".github/CODEOWNERS", "* @gh\n");
    write("CODEOWNERS", "* @root\n");
    Codeowners co = read(Map.of("dialect", "gitlab"));
    assertThat(co.dialect()).isEqualTo(Dialect.GITLAB);
    assertThat(co.dialectSource()).isEqualTo(Dialect.Source.POLICY);
    assertThat(co.file().get().path()).isEqualTo("CODEOWNERS");
    assertThat(co.ignored())
        .extracting(IgnoredFile::path, IgnoredFile::nested)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(".github/CODEOWNERS", true));
  }

  @Test
  void patternsMatchFromTheRepositoryRootWhereverTheFileIs() throws IOException {
    write("docs/CODEOWNERS", "/src/ @src\n");
    write("src/a.java", "");
    write("docs/src/b.md", "");
    Codeowners co = read(Map.of());
    assertThat(co.index().resolve("src/a.java").owners()).containsExactly("@src");
    assertThat(co.index().resolve("docs/src/b.md").owned()).isFalse();
  }

  @Test
  void noFileMeansNoOwners() {
    Codeowners co = read(Map.of());
    assertThat(co.file()).isEmpty();
    assertThat(co.index().resolve("a").owned()).isFalse();
  }
}
