package dev.trellis.rules;

import dev.trellis.testkit.GitHistoryBuilder;
import dev.trellis.testkit.RuleFixtures;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** {@code review/history} over histories built with JGit; expectations in fixtures-git. */
class ReviewHistoryTest {
  private static final String CASES = "fixtures-git/review/history/";

  @Test
  void everyKindOfReviewEvidenceCountsAndBotsAreSetAside() {
    try (GitHistoryBuilder git = GitHistoryBuilder.temporary()) {
      git.commit("Initial import").add("README.md", "# Tool\n").create();
      for (int i = 1; i <= 4; i++) {
        git.branch("feature-" + i).checkout("feature-" + i);
        git.commit("Feature " + i).add("f" + i + ".txt", "x\n").create();
        git.checkout("main");
        git.merge("feature-" + i, "Merge pull request #" + i + " from acme/feature-" + i)
            .by("GitHub", "noreply@github.com")
            .create();
      }
      git.branch("mr").checkout("mr");
      git.commit("MR work").add("mr.txt", "x\n").create();
      git.checkout("main");
      git.merge(
              "mr", "Merge branch 'mr' into 'main'\n\nAdd things\n\nSee merge request acme/tool!7")
          .create();
      for (int i = 10; i < 16; i++) {
        git.commit("Squashed change (#" + i + ")").add("s" + i + ".txt", "x\n").create();
      }
      git.commit("Merge #20 #21").add("b.txt", "x\n").by("bors[bot]", "bors@example.com").create();
      git.commit("Auto merge of #22 - ada:fix, r=bob").add("h.txt", "x\n").create();
      for (int i = 0; i < 4; i++) {
        git.commit("Gerrit change " + i)
            .add("g" + i + ".txt", "x\n")
            .trailer("Change-Id", "I0123456789abcdef0123456789abcdef0123456" + i)
            .trailer("Reviewed-on", "https://review.example.com/c/tool/+/" + i)
            .create();
      }
      for (int i = 0; i < 4; i++) {
        git.commit("Mailing-list patch " + i)
            .add("p" + i + ".txt", "x\n")
            .trailer("Reviewed-by", "Bob <bob@example.com>")
            .create();
      }
      git.commit("Bump lib from 1 to 2")
          .add("pom.xml", "<x/>\n")
          .by("dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com")
          .create();
      git.commit("Fix a typo").add("README.md", "# Tool.\n").create();
      RuleFixtures.check("review/history", git.directory())
          .expected(CASES + "mixed-evidence/expected.txt")
          .verify();
    }
  }

  @Test
  void directPushesAreCountedAndListedNewestFirst() {
    try (GitHistoryBuilder git = GitHistoryBuilder.temporary()) {
      for (int i = 1; i <= 5; i++) {
        git.commit("Squashed change (#" + i + ")").add("s" + i + ".txt", "x\n").create();
      }
      for (int i = 1; i <= 20; i++) {
        git.commit("Direct change " + i).add("d" + i + ".txt", "x\n").create();
      }
      RuleFixtures.check("review/history", git.directory())
          .expected(CASES + "direct-pushes/expected.txt")
          .verify();
    }
  }

  @Test
  void rebaseMergesCountAsLandedByAnotherPersonUnlessThePolicySaysOtherwise() {
    try (GitHistoryBuilder git = GitHistoryBuilder.temporary()) {
      for (int i = 1; i <= 25; i++) {
        git.commit("Rebased change " + i)
            .add("r" + i + ".txt", "x\n")
            .by("Ada", "ada@example.com")
            .committer("Bob", "bob@example.com")
            .create();
      }
      RuleFixtures.check("review/history", git.directory())
          .expected(CASES + "rebase-merges/expected.txt")
          .verify();
      git.commit("Count only explicit evidence")
          .add(
              "trellis.yml",
              "rules:\n  review/history: { level: warn, countLandedByOther: false, commits: 25 }\n")
          .by("Ada", "ada@example.com")
          .committer("Bob", "bob@example.com")
          .create();
      RuleFixtures.check("review/history", git.directory())
          .expected(CASES + "rebase-merges-not-counted/expected.txt")
          .verify();
    }
  }

  @Test
  void aShallowCloneIsReportedAsUnavailableNotAsUnreviewed() throws IOException {
    try (GitHistoryBuilder git = GitHistoryBuilder.temporary()) {
      for (int i = 1; i <= 25; i++) {
        git.commit("Direct change " + i).add("d" + i + ".txt", "x\n").create();
      }
      Files.writeString(git.directory().resolve(".git/shallow"), git.head().name() + "\n");
      RuleFixtures.check("review/history", git.directory())
          .expected(CASES + "shallow-clone/expected.txt")
          .verify();
    }
  }
}
