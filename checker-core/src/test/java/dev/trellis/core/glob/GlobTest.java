package dev.trellis.core.glob;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GlobTest {
  private static boolean matches(String glob, String path) {
    return Glob.of(glob).matches(path);
  }

  @Test
  void doubleStarCrossesDirectoriesAndMatchesNoneAtAll() {
    assertThat(matches("docs/**/*.md", "docs/a/b/c.md")).isTrue();
    assertThat(matches("docs/**/*.md", "docs/c.md")).isTrue();
    assertThat(matches("docs/**", "docs/a/b.txt")).isTrue();
    assertThat(matches("**", "any/path/at/all")).isTrue();
  }

  @Test
  void starAndQuestionMarkStayWithinOneSegment() {
    assertThat(matches("docs/*.md", "docs/a.md")).isTrue();
    assertThat(matches("docs/*.md", "docs/x/a.md")).isFalse();
    assertThat(matches("a?c", "abc")).isTrue();
    assertThat(matches("a?c", "a/c")).isFalse();
    assertThat(matches("a?c", "ac")).isFalse();
  }

  @Test
  void questionMarkIsOneCharacterEvenOutsideTheBasicPlane() {
    assertThat(matches("?.md", "\uD83D\uDE00.md")).isTrue();
    assertThat(matches("notes-\uD83D\uDE00.md", "docs/notes-\uD83D\uDE00.md")).isTrue();
  }

  @Test
  void aBackslashMakesTheNextCharacterLiteral() {
    assertThat(matches("\\*.md", "*.md")).isTrue();
    assertThat(matches("\\*.md", "a.md")).isFalse();
    assertThat(matches("what\\?", "what?")).isTrue();
    assertThat(matches("what\\?", "whats")).isFalse();
  }

  @Test
  void aLeadingSlashOrASlashInsideAnchorsTheGlobAtTheRoot() {
    assertThat(matches("/README.md", "README.md")).isTrue();
    assertThat(matches("/README.md", "docs/README.md")).isFalse();
    assertThat(matches("docs/a.md", "docs/a.md")).isTrue();
    assertThat(matches("docs/a.md", "site/docs/a.md")).isFalse();
  }

  @Test
  void aGlobWithoutSlashMatchesAtAnyDepth() {
    assertThat(matches("README.md", "README.md")).isTrue();
    assertThat(matches("README.md", "services/billing/README.md")).isTrue();
    assertThat(matches("*.pem", "keys/prod/server.pem")).isTrue();
    assertThat(matches("README.md", "README.md.bak")).isFalse();
  }

  @Test
  void aTrailingSlashMeansEverythingBelowTheDirectoryAtAnyDepth() {
    assertThat(matches("legacy/", "legacy/a/B.java")).isTrue();
    assertThat(matches("legacy/", "modules/legacy/B.java")).isTrue();
    assertThat(matches("legacy/", "legacy")).isFalse();
    assertThat(matches("legacy/", "legacy.txt")).isFalse();
    assertThat(matches("/legacy/", "modules/legacy/B.java")).isFalse();
  }

  @Test
  void aGlobThatNamesADirectoryMatchesEverythingBelowIt() {
    assertThat(matches("src/main", "src/main/java/A.java")).isTrue();
    assertThat(matches("node_modules", "web/node_modules/left-pad/index.js")).isTrue();
    assertThat(matches("src/main", "src/mainly.txt")).isFalse();
  }

  @Test
  void aDoubleStarInsideASegmentStillCrossesDirectories() {
    assertThat(matches("src/**.java", "src/a/b/C.java")).isTrue();
    assertThat(matches("src/**.java", "src/C.java")).isTrue();
    assertThat(matches("src/**.java", "lib/C.java")).isFalse();
    assertThat(matches("a**/b", "a/x/y/b")).isTrue();
  }

  @Test
  void dotsAreOrdinaryCharacters() {
    assertThat(matches(".env", "config/.env")).isTrue();
    assertThat(matches("*.env", ".env")).isTrue();
    assertThat(matches("a.b", "axb")).isFalse();
  }

  @Test
  void keepsTheTextItWasWrittenWith() {
    assertThat(Glob.of(" docs/ ")).hasToString(" docs/ ");
  }
}
