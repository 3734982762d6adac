package dev.trellis.core.glob;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The hand-written matcher answers as the former glob-to-regular-expression translation ({@link
 * RegexGlob}) did, on generated globs and paths: anchored and floating, {@code **} at the ends and
 * in the middle (and inside a segment), {@code ?}, escapes, trailing {@code /}, directories that
 * cover what is below them, dots, deep and odd paths (empty segments, trailing {@code /}).
 */
class GlobOracleTest {
  private static final String[] GLOB_PARTS = {
    "a",
    "b",
    "ab",
    "a.b",
    ".env",
    "x.pem",
    "c.md",
    "*",
    "?",
    "**",
    "*.md",
    "*.pem",
    "a*",
    "*b",
    "a?b",
    "a*b*",
    "\\*",
    "\\?",
    "\\a",
    "a\\",
    "**a",
    "a**",
    "*.",
    ".",
    "",
    "\uD83D\uDE00",
    "?.b",
    "*.tar.gz",
    "node_modules",
    "*.b?"
  };
  private static final String[] PATH_SEGMENTS = {
    "a",
    "b",
    "ab",
    "a.b",
    ".env",
    "x.pem",
    "c.md",
    "README.md",
    "d.tar.gz",
    "",
    "*",
    "?",
    "\uD83D\uDE00",
    "a\\",
    "bb.ab",
    ".",
    "node_modules",
    "ab.b",
    "aab",
    "q.bc"
  };
  private static final String ODD = "ab./*?\\";

  private final Random rnd = new Random(20261127);

  @Test
  void globMatchesAnswersAsTheRegularExpressionDid() {
    int pairs = 0;
    int positives = 0;
    for (int g = 0; g < 1500; g++) {
      String glob = glob();
      Glob mine = Glob.of(glob);
      Pattern oracle = RegexGlob.compile(glob);
      for (String path : paths(List.of(glob), 12)) {
        boolean expected = oracle.matches(path);
        assertThat(mine.matches(path)).as("glob '%s' on path '%s'", glob, path).isEqualTo(expected);
        pairs++;
        positives += expected ? 1 : 0;
      }
    }
    assertThat(pairs).isGreaterThan(5000);
    assertThat(positives)
        .as("the generated pairs match often enough to test both answers")
        .isBetween(pairs / 10, pairs * 9 / 10);
  }

  @Test
  void globSetSelectsFirstAndUsedAsTheRegularExpressionsDid() {
    for (int s = 0; s < 400; s++) {
      List<String> globs = new ArrayList<>();
      int n = 1 + rnd.nextInt(6);
      for (int i = 0; i < n; i++) {
        globs.add(rnd.nextInt(3) == 0 ? anchoredGlob() : glob());
      }
      assertAgreesWithOracle(globs, paths(globs, 40));
    }
  }

  @Test
  void selectingFromASortedListOfAnchoredGlobsAgreesWithTheOracle() {
    for (int s = 0; s < 300; s++) {
      List<String> globs = new ArrayList<>();
      int n = 1 + rnd.nextInt(4);
      for (int i = 0; i < n; i++) {
        globs.add(anchoredGlob());
      }
      assertAgreesWithOracle(globs, paths(globs, 60));
    }
  }

  private void assertAgreesWithOracle(List<String> globs, List<String> paths) {
    GlobSet set = GlobSet.of(globs);
    List<Pattern> oracle = globs.stream().map(RegexGlob::compile).toList();
    List<String> expected = new ArrayList<>();
    for (String p : paths) {
      Optional<Integer> first = Optional.empty();
      for (int i = 0; i < oracle.size() && first.isEmpty(); i++) {
        if (oracle.get(i).matches(p)) {
          first = Optional.of(i);
        }
      }
      if (first.isPresent()) {
        expected.add(p);
      }
      assertThat(set.first(p).map(g -> set.globs().indexOf(g)))
          .as("first of %s on '%s'", globs, p)
          .isEqualTo(first);
      assertThat(set.matches(p)).as("%s on '%s'", globs, p).isEqualTo(first.isPresent());
    }
    assertThat(set.select(paths)).as("select %s", globs).isEqualTo(expected);
    boolean[] used = new boolean[globs.size()];
    for (int i = 0; i < globs.size(); i++) {
      for (String p : expected) {
        used[i] |= oracle.get(i).matches(p);
      }
    }
    assertThat(set.used(expected)).as("used %s", globs).isEqualTo(used);
    List<String> sorted = new ArrayList<>(new TreeSet<>(paths));
    List<String> sortedExpected = expected.stream().distinct().sorted().toList();
    assertThat(set.selectSorted(sorted)).as("selectSorted %s", globs).isEqualTo(sortedExpected);
  }

  /** A glob of one to four parts, sometimes anchored, sometimes ending in a slash, or odd text. */
  private String glob() {
    if (rnd.nextInt(10) == 0) {
      return odd(8);
    }
    StringBuilder b = new StringBuilder();
    if (rnd.nextInt(5) == 0) {
      b.append('/');
    }
    int parts = 1 + rnd.nextInt(4);
    for (int i = 0; i < parts; i++) {
      b.append(i > 0 ? "/" : "").append(GLOB_PARTS[rnd.nextInt(GLOB_PARTS.length)]);
    }
    if (rnd.nextInt(5) == 0) {
      b.append('/');
    }
    return b.toString();
  }

  /** An anchored glob starting with literal directories, the kind kept as a range of the list. */
  private String anchoredGlob() {
    StringBuilder b = new StringBuilder(rnd.nextBoolean() ? "/" : "");
    int literal = 1 + rnd.nextInt(2);
    for (int i = 0; i < literal; i++) {
      b.append(i > 0 ? "/" : "").append(PATH_SEGMENTS[rnd.nextInt(6)]);
    }
    int more = rnd.nextInt(3);
    for (int i = 0; i < more; i++) {
      b.append('/').append(GLOB_PARTS[rnd.nextInt(GLOB_PARTS.length)]);
    }
    if (more == 0 || rnd.nextInt(4) == 0) {
      b.append('/');
    }
    return b.toString();
  }

  /**
   * Paths for {@code globs}: random ones, odd ones, and ones built from the globs' own parts (their
   * wildcards filled in) so that many of them match.
   */
  private List<String> paths(List<String> globs, int count) {
    List<String> out = new ArrayList<>();
    out.add("");
    for (int i = 1; i < count; i++) {
      int kind = rnd.nextInt(10);
      if (kind == 0) {
        out.add(odd(10));
      } else if (kind < 4) {
        out.add(randomPath());
      } else {
        out.add(fromGlob(globs.get(rnd.nextInt(globs.size()))));
      }
    }
    return out;
  }

  private String randomPath() {
    StringBuilder b = new StringBuilder();
    int depth = 1 + rnd.nextInt(7);
    for (int i = 0; i < depth; i++) {
      b.append(i > 0 ? "/" : "").append(PATH_SEGMENTS[rnd.nextInt(PATH_SEGMENTS.length)]);
    }
    return b.toString();
  }

  private String fromGlob(String glob) {
    StringBuilder b = new StringBuilder();
    if (rnd.nextInt(3) == 0) {
      b.append(randomPath()).append('/');
    }
    String g = glob.strip();
    while (g.startsWith("/") && rnd.nextInt(4) != 0) {
      g = g.substring(1);
    }
    for (int i = 0; i < g.length(); i++) {
      char c = g.charAt(i);
      if (c == '*' && i + 1 < g.length() && g.charAt(i + 1) == '*') {
        i++;
        b.append(rnd.nextBoolean() ? "" : randomPath());
      } else if (c == '*') {
        b.append(new String[] {"", "x", "ab", "a.b", ".md"}[rnd.nextInt(5)]);
      } else if (c == '?') {
        b.append(new String[] {"a", ".", "\uD83D\uDE00", "/"}[rnd.nextInt(4)]);
      } else if (c == '\\' && i + 1 < g.length() && rnd.nextInt(4) != 0) {
        b.append(g.charAt(++i));
      } else {
        b.append(c);
      }
    }
    if (rnd.nextInt(3) == 0) {
      b.append('/').append(randomPath());
    }
    return b.toString();
  }

  private String odd(int maxLength) {
    StringBuilder b = new StringBuilder();
    int n = rnd.nextInt(maxLength + 1);
    for (int i = 0; i < n; i++) {
      b.append(ODD.charAt(rnd.nextInt(ODD.length())));
    }
    return b.toString();
  }
}
