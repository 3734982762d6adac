package dev.trellis.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.revwalk.FooterLine;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

class GitHistoryBuilderTest {

  @Test
  void commitsCarryTheirAuthorsCommittersDatesAndTrailers(@TempDir Path dir) throws Exception {
    try (GitHistoryBuilder git = GitHistoryBuilder.init(dir)) {
      ObjectId first = git.commit("Add README").add("README.md", "# Payments\n").create();
      ObjectId second =
          git.commit("Describe the service")
              .add("README.md", "# Payments\n\nMoves money.\n")
              .by("Ada Lovelace", "ada@example.com")
              .committer("Merge Bot", "bot@example.com")
              .at("2026-03-02T10:15:00Z")
              .committedAt("2026-03-03")
              .trailer("Reviewed-by", "Bob <bob@example.com>")
              .trailer("Change-Id", "I1234")
              .create();

      try (RevWalk walk = new RevWalk(git.repository())) {
        RevCommit c1 = walk.parseCommit(first);
        assertThat(c1.getAuthorIdent().getName()).isEqualTo("Test Author");
        assertThat(c1.getAuthorIdent().getWhenAsInstant())
            .isEqualTo(Instant.parse("2026-01-01T09:00:00Z"));
        RevCommit c2 = walk.parseCommit(second);
        assertThat(c2.getParents()).containsExactly(c1);
        assertThat(c2.getAuthorIdent().getEmailAddress()).isEqualTo("ada@example.com");
        assertThat(c2.getAuthorIdent().getWhenAsInstant())
            .isEqualTo(Instant.parse("2026-03-02T10:15:00Z"));
        assertThat(c2.getCommitterIdent().getName()).isEqualTo("Merge Bot");
        assertThat(c2.getCommitterIdent().getWhenAsInstant())
            .isEqualTo(Instant.parse("2026-03-03T09:00:00Z"));
        assertThat(c2.getFullMessage())
            .isEqualTo(
                "Describe the service\n\nReviewed-by: Bob <bob@example.com>\nChange-Id: I1234");
        assertThat(c2.getFooterLines().stream().map(FooterLine::getKey))
            .containsExactly("Reviewed-by", "Change-Id");
      }
      assertThat(Files.readString(dir.resolve("README.md")))
          .isEqualTo("# Payments\n\nMoves money.\n");
    }
  }

  @Test
  void branchesMergeWithTwoParentsAndTagsAreLightweightOrAnnotated(@TempDir Path dir)
      throws Exception {
    try (GitHistoryBuilder git = GitHistoryBuilder.init(dir)) {
      ObjectId base = git.commit("Start").add("a.txt", "a\n").add("old.txt", "x\n").create();
      git.tag("v1.0");
      git.branch("feature").checkout("feature");
      ObjectId feature = git.commit("Feature").add("b.txt", "b\n").create();
      git.checkout("main");
      ObjectId mainline = git.commit("Remove old").delete("old.txt").create();
      ObjectId merge =
          git.merge("feature", "Merge pull request #12 from acme/feature")
              .by("GitHub", "noreply@github.com")
              .create();
      git.annotatedTag("v1.1", "Release 1.1");

      try (RevWalk walk = new RevWalk(git.repository())) {
        RevCommit m = walk.parseCommit(merge);
        assertThat(m.getParents()).extracting(RevCommit::getId).containsExactly(mainline, feature);
        assertThat(m.getShortMessage()).isEqualTo("Merge pull request #12 from acme/feature");
        Ref light = git.repository().exactRef(Constants.R_TAGS + "v1.0");
        assertThat(light.getObjectId()).isEqualTo(base);
        Ref annotated = git.repository().exactRef(Constants.R_TAGS + "v1.1");
        RevTag tag = walk.parseTag(annotated.getObjectId());
        assertThat(tag.getObject().getId()).isEqualTo(merge);
        assertThat(tag.getFullMessage()).isEqualTo("Release 1.1");
        assertThat(tag.getTaggerIdent().getName()).isEqualTo("Test Author");
      }
      assertThat(dir.resolve("old.txt")).doesNotExist();
      assertThat(dir.resolve("b.txt")).hasContent("b");
    }
  }

  @Test
  void aTemporaryRepositoryIsDeletedOnClose() {
    Path dir;
    try (GitHistoryBuilder git = GitHistoryBuilder.temporary()) {
      dir = git.directory();
      git.commit("Start").add("a.txt", "a\n").create();
      assertThat(dir.resolve(".git")).isDirectory();
    }
    assertThat(dir).doesNotExist();
  }

  @Test
  void aRuleRunsOverABuiltHistoryAtItsWorkTreeAndAtATag() {
    try (GitHistoryBuilder git = GitHistoryBuilder.temporary()) {
      git.commit("Start").add("README.md", "# Payments\n").add("notes.txt", "TODO\n").create();
      git.tag("v1");
      git.branch("docs").checkout("docs");
      git.commit("Guide").add("docs/guide.md", "# Guide\nTODO\n").create();
      git.checkout("main");
      git.commit("Drop notes").delete("notes.txt").create();
      git.merge("docs", "Merge docs").create();

      RuleFixtures.check("kit/words", git.directory())
          .expected("git-fixtures/kit/words/expected.txt")
          .verify();
      RuleFixtures.check("kit/words", git.directory())
          .at("v1")
          .expected("git-fixtures/kit/words/at-v1.txt")
          .verify();
    }
  }

  @Test
  void aBuiltHistoryWhoseFindingsDifferFromTheExpectedFileFails() {
    try (GitHistoryBuilder git = GitHistoryBuilder.temporary()) {
      git.commit("Start").add("README.md", "# Payments\n").add("notes.txt", "TODO\n").create();
      assertThatThrownBy(
              () ->
                  RuleFixtures.check("kit/words", git.directory())
                      .expected("git-fixtures/kit/words/expected.txt")
                      .verify())
          .isInstanceOf(AssertionFailedError.class)
          .hasMessageStartingWith("kit/words on ")
          .hasMessageContaining(
              """
              : 1 missing, 1 unexpected finding(s)
              missing (expected, not reported):
                - docs/guide.md:2 kit/words 'docs/guide.md:2: 'TODO' is left in the text.'\
                 [expected at git-fixtures/kit/words/expected.txt:2]
              unexpected (reported, not expected):
                + notes.txt:1 kit/words notes.txt:1: 'TODO' is left in the text.
              """);
    }
  }
}
