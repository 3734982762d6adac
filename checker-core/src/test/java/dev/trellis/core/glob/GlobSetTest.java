package dev.trellis.core.glob;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
import org.junit.jupiter.api.Test;

class GlobSetTest {
  private final List<String> files =
      List.of("README.md", "config/.env", "docs/a.md", "keys/server.pem", "src/A.java");

  @Test
  void matchedSortedMarksTheIndexOfEachSelectedPath() {
    List<String> sorted = List.of(".env", "docs/a.md", "docs/b.txt", "legacy/x.java", "src/A.java");
    GlobSet globs = GlobSet.of(List.of("**/.env", "legacy/", "docs/*.md"));
    assertThat(globs.matchedSorted(sorted)).containsExactly(true, true, false, true, false);
    assertThat(GlobSet.of(List.of()).matchedSorted(sorted)).containsOnly(false);
  }

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
  void aSortedListGivesWhatSelectGives() {
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

  @Test
  void anchoredGlobsReadASortedListOnlyInTheirRangesFoundByBinarySearch() {
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      paths.add(String.format("src/%05d.java", i));
    }
    paths.addAll(List.of("docs/a.md", "docs/b.txt", "docs/c/d.md"));
    paths.sort(null);
    int[] reads = new int[1];
    List<String> counted = new CountingList(paths, reads);
    assertThat(GlobSet.of(List.of("docs/**/*.md")).selectSorted(counted))
        .containsExactly("docs/a.md", "docs/c/d.md");
    assertThat(reads[0]).as("paths read").isLessThan(3 * 14 + 3);
  }

  /** A list that counts the elements read from it. */
  private static final class CountingList extends AbstractList<String> implements RandomAccess {
    private final List<String> paths;
    private final int[] reads;

    CountingList(List<String> paths, int[] reads) {
      this.paths = paths;
      this.reads = reads;
    }

    @Override
    public String get(int index) {
      reads[0]++;
      return paths.get(index);
    }

    @Override
    public int size() {
      return paths.size();
    }
  }
}
