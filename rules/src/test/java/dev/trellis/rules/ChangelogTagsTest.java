package dev.trellis.rules;

import dev.trellis.testkit.GitHistoryBuilder;
import dev.trellis.testkit.RuleFixtures;
import org.junit.jupiter.api.Test;

/** {@code rituals/changelog} against release tags: histories a fixture folder cannot hold. */
class ChangelogTagsTest {

  @Test
  void releaseTagsWithEntriesAndPrereleasesPass() {
    try (GitHistoryBuilder git = GitHistoryBuilder.temporary()) {
      git.commit("Start").add("README.md", "# Tool\n").at("2025-06-01").create();
      git.tag("v0.1.0");
      git.commit("First release")
          .add(
              "CHANGELOG.md",
              "# Changelog\n\n## [1.1.0] - 2026-02-01\n\n- Faster.\n\n## [1.0.0] - 2026-01-10\n\n"
                  + "- First.\n")
          .at("2026-01-10")
          .create();
      git.annotatedTag("v1.0.0", "Release 1.0.0", "HEAD", "2026-01-10");
      git.commit("Second release").add("a.txt", "a\n").at("2026-02-01").create();
      git.tag("v1.1.0");
      git.commit("Candidate").add("b.txt", "b\n").at("2026-03-01").create();
      git.tag("v1.2.0-rc.1");
      RuleFixtures.check("rituals/changelog", git.directory())
          .expected("fixtures-git/rituals/changelog/tags-listed/expected.txt")
          .verify();
    }
  }

  @Test
  void aTagWithoutAnEntryAndAnEntryWithoutATagAreReported() {
    try (GitHistoryBuilder git = GitHistoryBuilder.temporary()) {
      git.commit("First release").add("README.md", "# Tool\n").at("2026-01-10").create();
      git.tag("v1.0.0");
      git.commit("Second release").add("a.txt", "a\n").at("2026-02-01").create();
      git.tag("v1.1.0");
      git.commit("Describe a release that was never tagged")
          .add(
              "CHANGELOG.md",
              "# Changelog\n\n"
                  + "## 1.2.0 (2026-03-01) <!-- expect: rituals/changelog \"'1.2.0 (2026-03-01)'"
                  + " is newer than the newest release tag (1.1.0): the release it describes was"
                  + " never tagged.\" -->\n\n- New.\n\n## 1.0.0 (2026-01-10)\n\n- First.\n")
          .at("2026-03-01")
          .create();
      RuleFixtures.check("rituals/changelog", git.directory())
          .expected("fixtures-git/rituals/changelog/tags-missing/expected.txt")
          .verify();
    }
  }

  @Test
  void aTaggedReleaseWithoutAnyChangelogIsReported() {
    try (GitHistoryBuilder git = GitHistoryBuilder.temporary()) {
      git.commit("Release").add("README.md", "# Tool\n").create();
      git.tag("v1.0.0");
      git.commit("Release").add("a.txt", "a\n").create();
      git.tag("v2.0.0");
      RuleFixtures.check("rituals/changelog", git.directory())
          .expected("fixtures-git/rituals/changelog/missing-after-release/expected.txt")
          .verify();
    }
  }
}
