package dev.trellis.core.repo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.RandomAccess;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class FileIndexTest {
  private final FileIndex index =
      FileIndex.of(
          List.of(
              "README.md",
              "docs/adr/0001-first.md",
              "docs/adr/0002-second.md",
              "docs/guide.md",
              "docs/adr-notes.md",
              ".github/workflows/ci.yml",
              "src/main/java/A.java",
              "src/main/java/b/B.java",
              "src/test/java/ATest.java"));

  @Test
  void theRootListsItsFilesAndItsSubDirectoriesWithATrailingSlashInPathOrder() {
    assertThat(index.list("")).containsExactly(".github/", "README.md", "docs/", "src/");
  }

  @Test
  void aNestedDirectoryListsOnlyWhatIsDirectlyInIt() {
    assertThat(index.list("docs")).containsExactly("adr-notes.md", "adr/", "guide.md");
    assertThat(index.list("src/main/java")).containsExactly("A.java", "b/");
    assertThat(index.list("docs/adr")).containsExactly("0001-first.md", "0002-second.md");
  }

  @Test
  void aDirectoryIsNamedWithOrWithoutSlashesAndTheRootAsEmptyOrDot() {
    assertThat(index.list("docs/")).isEqualTo(index.list("docs"));
    assertThat(index.list("/docs")).isEqualTo(index.list("docs"));
    assertThat(index.list(".")).isEqualTo(index.list(""));
  }

  @Test
  void aDirectoryThatHoldsNoFileListsAsEmptyForThereAreNoEmptyDirectories() {
    assertThat(index.list("nowhere")).isEmpty();
    assertThat(index.list("README.md")).isEmpty();
    assertThat(index.list("doc")).isEmpty();
    assertThat(FileIndex.of(List.of()).list("")).isEmpty();
  }

  @Test
  void namesAreExactSoAFolderInAnotherCaseIsAnotherFolder() {
    FileIndex both = FileIndex.of(List.of("Docs/a.md", "docs/b.md", "DOCS.md"));
    assertThat(both.list("")).containsExactly("DOCS.md", "Docs/", "docs/");
    assertThat(both.list("Docs")).containsExactly("a.md");
    assertThat(both.list("docs")).containsExactly("b.md");
    assertThat(both.list("DOCS")).isEmpty();
  }

  @Test
  void namesThatSortAroundTheSlashAreListedOnceEach() {
    // '-' and '.' sort before '/', '0' after it: the files of a/ are not contiguous with a's name
    FileIndex tricky =
        FileIndex.of(List.of("a-b/c.txt", "a.txt", "a/x/y.txt", "a/z.txt", "a0", "a/x.txt"));
    assertThat(tricky.list("")).containsExactly("a-b/", "a.txt", "a/", "a0");
    assertThat(tricky.list("a")).containsExactly("x.txt", "x/", "z.txt");
  }

  @Test
  void everyDirectoryListsExactlyTheFirstNamesOfTheFilesBelowIt() {
    // names with characters that sort just before and after '/' ('-', '.', '0'), in both cases
    Random random = new Random(8);
    String alphabet = "aA-.0";
    Set<String> paths = new TreeSet<>();
    while (paths.size() < 2_000) {
      StringBuilder p = new StringBuilder();
      int segments = 1 + random.nextInt(4);
      for (int s = 0; s < segments; s++) {
        if (s > 0) {
          p.append('/');
        }
        p.append('a'); // never '.' or '..', which git does not store
        for (int c = random.nextInt(3); c > 0; c--) {
          p.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      paths.add(p.toString());
    }
    // a path that is also the directory of another path cannot be a file in a real tree
    TreeSet<String> generated = new TreeSet<>(paths);
    paths.removeIf(
        p -> {
          String next = generated.ceiling(p + "/");
          return next != null && next.startsWith(p + "/");
        });
    FileIndex tree = FileIndex.of(List.copyOf(paths));

    Set<String> directories = new TreeSet<>(List.of(""));
    for (String p : paths) {
      for (int slash = p.indexOf('/'); slash >= 0; slash = p.indexOf('/', slash + 1)) {
        directories.add(p.substring(0, slash));
      }
    }
    for (String dir : directories) {
      String prefix = dir.isEmpty() ? "" : dir + "/";
      List<String> expected =
          paths.stream()
              .filter(p -> p.startsWith(prefix))
              .map(p -> p.substring(prefix.length()))
              .map(rest -> rest.contains("/") ? rest.substring(0, rest.indexOf('/') + 1) : rest)
              .distinct()
              .toList();
      assertThat(tree.list(dir)).as(dir).isEqualTo(expected);
    }
  }

  @Test
  void listingTheRootOfAHundredThousandFilesReadsAFewPathsPerEntryNotEveryPath() {
    List<String> paths = new ArrayList<>();
    for (String top : List.of("app", "lib", "vendor")) {
      for (int i = 0; i < 33_333; i++) {
        paths.add(top + "/m" + (i % 100) + "/f" + i + ".java");
      }
    }
    paths.add("README.md");
    CountingList counted = new CountingList(FileIndex.of(paths).files());
    FileIndex big = FileIndex.ofSorted(counted);

    assertThat(big.list("")).containsExactly("README.md", "app/", "lib/", "vendor/");
    // three sub-trees skipped by binary search: about 3 × log2(100k) ≈ 51 reads, far below 100k
    assertThat(counted.reads).isLessThan(100);

    counted.reads = 0;
    assertThat(big.list("lib")).hasSize(100);
    assertThat(counted.reads).isLessThan(100 * 20);
  }

  @Test
  void filesUnderADirectoryIsFoundByBinarySearchNotByWalkingIt() {
    assertThat(index.filesUnder("docs"))
        .containsExactly(
            "docs/adr-notes.md",
            "docs/adr/0001-first.md",
            "docs/adr/0002-second.md",
            "docs/guide.md");
    assertThat(index.filesUnder("docs/adr"))
        .containsExactly("docs/adr/0001-first.md", "docs/adr/0002-second.md");
    assertThat(index.filesUnder("doc")).isEmpty();
  }

  /** A sorted list that counts how many of its paths are read. */
  private static final class CountingList extends AbstractList<String> implements RandomAccess {
    private final List<String> paths;
    int reads;

    CountingList(List<String> paths) {
      this.paths = paths;
    }

    @Override
    public String get(int index) {
      reads++;
      return paths.get(index);
    }

    @Override
    public int size() {
      return paths.size();
    }
  }
}
