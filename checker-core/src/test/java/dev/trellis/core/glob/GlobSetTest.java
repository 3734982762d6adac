package dev.trellis.core.glob;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GlobSetTest {
  private final List<String> files =
      List.of("README.md", "config/.env", "docs/a.md", "keys/server.pem", "src/A.java");

  @Test
  void selectsTheFilesAnyGlobMatchesInTheirOrder() {
    GlobSet set = GlobSet.of(List.of("**/.env", "*.pem", "docs/"));
    assertThat(set.select(files)).containsExactly("config/.env", "docs/a.md", "keys/server.pem");
  }

  @Test
  void selectsInTheGivenOrderEvenWhenItIsNotSorted() {
    GlobSet set = GlobSet.of(List.of("*.md", "src/"));
    assertThat(set.select(List.of("src/A.java", "docs/a.md", "README.md")))
        .containsExactly("src/A.java", "docs/a.md", "README.md");
  }

  @Test
  void tellsWhichGlobsMatchedNothing() {
    GlobSet set = GlobSet.of(List.of("src/**/*.java", "lib/**/*.kt", "*.md"));
    assertThat(set.used(set.select(files))).containsExactly(true, false, true);
  }

  @Test
  void namesTheFirstGlobThatMatchesAPath() {
    GlobSet set = GlobSet.of(List.of("*.md", "docs/**"));
    assertThat(set.first("docs/a.md")).map(Glob::toString).contains("*.md");
    assertThat(set.first("src/A.java")).isEmpty();
  }

  @Test
  void namesTheFirstGlobInTheOrderGivenWhateverIndexFoundIt() {
    GlobSet set = GlobSet.of(List.of("*", "docs/**", "a.md", "*.md"));
    assertThat(set.first("docs/a.md")).map(Glob::toString).contains("*");
    GlobSet later = GlobSet.of(List.of("*.md", "a.md", "docs/**"));
    assertThat(later.first("docs/a.md")).map(Glob::toString).contains("*.md");
  }

  @Test
  void anEmptySetMatchesNothing() {
    assertThat(GlobSet.of(List.of()).select(files)).isEmpty();
    assertThat(GlobSet.of(List.of()).matches("README.md")).isFalse();
  }

  @Test
  void aSortedListIsReadOnlyInTheRangesOfAnchoredGlobs() {
    List<String> sorted =
        List.of(
            "a", "a.b", "a/x", "a0", "docs", "docs.md", "docs/a.md", "docs/b/c.md", "src/A.java");
    GlobSet set = GlobSet.of(List.of("/a", "docs/**/*.md", "docs/b/"));
    assertThat(set.selectSorted(sorted))
        .containsExactly("a", "a/x", "docs/a.md", "docs/b/c.md")
        .isEqualTo(set.select(sorted));
  }

  @Test
  void aSortedListWithFloatingGlobsIsSelectedPathByPath() {
    List<String> sorted = List.of("README.md", "config/.env", "docs/a.md", "keys/server.pem");
    GlobSet set = GlobSet.of(List.of("docs/", "**/.env"));
    assertThat(set.selectSorted(sorted)).containsExactly("config/.env", "docs/a.md");
  }
}
