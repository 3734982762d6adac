package dev.trellis.core.signal.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.signal.history.ChangeClassifier.Classification;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChangeClassifierTest {

  private static Classification human(String message, int parents) {
    return ChangeClassifier.classify(
        message, parents, "Ada", "ada@example.com", "Ada", "ada@example.com");
  }

  @Test
  void gitHubMergeCommitsCarryTheirPullRequestNumber() {
    assertThat(human("Merge pull request #42 from acme/fix\n\nFix it", 2))
        .isEqualTo(
            new Classification(ChangeKind.PULL_REQUEST_MERGE, Optional.of("#42"), List.of()));
  }

  @Test
  void gitLabMergeCommitsAreRecognisedByTheirMergeRequestLine() {
    assertThat(
            human("Merge branch 'a' into 'main'\n\nTitle\n\nSee merge request acme/tool!17\n", 2))
        .isEqualTo(
            new Classification(ChangeKind.PULL_REQUEST_MERGE, Optional.of("!17"), List.of()));
    assertThat(human("Merge branch 'a' into 'main'\n\nSee merge request !3", 2).change())
        .contains("!3");
  }

  @Test
  void aLocalMergeWithoutAnyMarkerIsDirect() {
    assertThat(human("Merge branch 'feature'", 2).kind()).isEqualTo(ChangeKind.DIRECT);
  }

  @Test
  void squashMergesEndWithTheirPullRequestNumber() {
    assertThat(human("Add retries to the client (#1234)", 1))
        .isEqualTo(new Classification(ChangeKind.SQUASH_MERGE, Optional.of("#1234"), List.of()));
    assertThat(human("Fix #12 in the parser", 1).kind()).isEqualTo(ChangeKind.DIRECT);
  }

  @Test
  void borsAndHomuMergesAreMergeBotChanges() {
    assertThat(human("Merge #12 #13", 2).kind()).isEqualTo(ChangeKind.MERGE_BOT);
    assertThat(human("Auto merge of #99 - ada:fix, r=bob\n\nFix", 2))
        .isEqualTo(new Classification(ChangeKind.MERGE_BOT, Optional.of("#99"), List.of()));
  }

  @Test
  void gerritAndReviewTrailersAreKeptVerbatim() {
    Classification gerrit =
        human(
            "Fix\n\nChange-Id: I12\nReviewed-on: https://review.example.com/c/1\n"
                + "Reviewed-by: Bob <bob@example.com>\n",
            1);
    assertThat(gerrit.kind()).isEqualTo(ChangeKind.GERRIT);
    assertThat(gerrit.trailers())
        .containsExactly(
            "Reviewed-on: https://review.example.com/c/1", "Reviewed-by: Bob <bob@example.com>");
    assertThat(human("Fix\n\nApproved-by: Bob <bob@example.com>", 1).kind())
        .isEqualTo(ChangeKind.REVIEW_TRAILERS);
    assertThat(human("Fix\n\nDifferential Revision: https://phab.example.com/D123", 1).kind())
        .isEqualTo(ChangeKind.REVIEW_TRAILERS);
    assertThat(human("Reviewed-by: Bob", 1).kind())
        .as("a subject line is not a trailer")
        .isEqualTo(ChangeKind.DIRECT);
  }

  @Test
  void aCommitLandedBySomeoneElseCountsUnlessEitherIsABot() {
    assertThat(
            ChangeClassifier.classify("Fix", 1, "Ada", "ada@example.com", "Bob", "bob@example.com")
                .kind())
        .isEqualTo(ChangeKind.LANDED_BY_OTHER);
    assertThat(
            ChangeClassifier.classify(
                    "Fix", 1, "Ada", "ada@example.com", "GitHub", "noreply@github.com")
                .kind())
        .as("a web edit: GitHub commits for its user")
        .isEqualTo(ChangeKind.DIRECT);
    assertThat(
            ChangeClassifier.classify(
                    "Bump x",
                    1,
                    "dependabot[bot]",
                    "49699333+dependabot[bot]@users.noreply.github.com",
                    "GitHub",
                    "noreply@github.com")
                .kind())
        .isEqualTo(ChangeKind.BOT);
  }

  @Test
  void botsAreRecognisedByNameOrAddressWords() {
    assertThat(ChangeClassifier.isBot("renovate[bot]", "x@users.noreply.github.com")).isTrue();
    assertThat(ChangeClassifier.isBot("Merge Bot", "merge@example.com")).isTrue();
    assertThat(ChangeClassifier.isBot("CI", "ci-bot@example.com")).isTrue();
    assertThat(ChangeClassifier.isBot("Abbott", "abbott@example.com")).isFalse();
    assertThat(ChangeClassifier.isBot("Ada", "12345+ada@users.noreply.github.com")).isFalse();
  }

  @Test
  void otherForgesAndMaintainerPullsAreMergesOfReviewedWork() {
    assertThat(human("Merged in feature/x (pull request #12)\n\nApproved-by: Bob", 2).change())
        .contains("#12");
    assertThat(human("Merged PR 345: Add retries", 2).change()).contains("#345");
    assertThat(
            human("Merge pull request 'Add retries' (#7) from ada/retries into main", 2).change())
        .contains("#7");
    assertThat(human("Merge tag 'net-6.1' of git://git.kernel.org/pub/scm/net", 2).kind())
        .isEqualTo(ChangeKind.PULL_REQUEST_MERGE);
    assertThat(human("Merge branch 'for-linus' of git://git.example.org/x", 2).kind())
        .isEqualTo(ChangeKind.PULL_REQUEST_MERGE);
  }
}
