package dev.trellis.rules.adr;

import dev.trellis.testkit.GitHistoryBuilder;
import dev.trellis.testkit.RuleFixtures;
import org.junit.jupiter.api.Test;

/** adr/freshness over real git histories: records are dated by their first commit. */
class AdrHistoryTest {

  private static String record(int n, String title, String status, String date) {
    return "# "
        + n
        + ". "
        + title
        + "\n\nDate: "
        + date
        + "\n\n## Status\n\n"
        + status
        + "\n\n## Context\n\nWhy.\n\n## Decision\n\nThis.\n\n## Consequences\n\nThat.\n";
  }

  @Test
  void aLogWhoseNewestAcceptedRecordWasCommittedLongAgoIsStaleWhateverDateItsTextClaims() {
    try (GitHistoryBuilder git = GitHistoryBuilder.temporary()) {
      git.commit("First ADR")
          .add("docs/adr/0001-a.md", record(1, "A", "Accepted", "2024-01-01"))
          .at("2024-01-01")
          .create();
      git.commit("Second ADR")
          .add("docs/adr/0002-b.md", record(2, "B", "Accepted", "2026-05-20"))
          .at("2025-01-10")
          .create();
      git.commit("Edit the first ADR")
          .add("docs/adr/0001-a.md", record(1, "A", "Accepted", "2026-05-30"))
          .at("2026-05-30")
          .create();
      git.commit("A proposal")
          .add("docs/adr/0003-c.md", record(3, "C", "Proposed", "2026-05-01"))
          .at("2026-05-01")
          .create();
      RuleFixtures.check("adr/freshness", git.directory())
          .expected("fixtures-git/adr/freshness/stale/expected.txt")
          .verify();
    }
  }

  @Test
  void aRecordCommittedRecentlyKeepsTheLogFresh() {
    try (GitHistoryBuilder git = GitHistoryBuilder.temporary()) {
      git.commit("First ADR")
          .add("docs/adr/0001-a.md", record(1, "A", "Accepted", "2020-01-01"))
          .at("2020-01-01")
          .create();
      git.commit("Second ADR")
          .add("docs/adr/0002-b.md", record(2, "B", "Accepted", "2020-01-01"))
          .at("2026-03-01")
          .create();
      RuleFixtures.check("adr/freshness", git.directory())
          .expected("fixtures-git/adr/freshness/fresh/expected.txt")
          .verify();
    }
  }
}
