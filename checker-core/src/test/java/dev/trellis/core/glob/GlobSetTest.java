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
  void anEmptySetMatchesNothing() {
    assertThat(GlobSet.of(List.of()).select(files)).isEmpty();
  }
}
