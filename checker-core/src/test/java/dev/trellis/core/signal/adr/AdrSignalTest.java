package dev.trellis.core.signal.adr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.repo.Repo;
import dev.trellis.core.repo.Repos;
import dev.trellis.core.signal.Signals;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdrSignalTest {
  @TempDir Path dir;

  private void write(String path, String text) throws IOException {
    Path p = dir.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  private AdrLogs read(Map<String, Object> adrSettings) {
    try (Repo repo = Repos.open(dir, Optional.empty())) {
      Signals signals = new Signals(repo, s -> s.equals("adr") ? adrSettings : Map.of());
      return signals.signal(AdrSignal.SIGNAL);
    }
  }

  private AdrLogs read() {
    return read(Map.of());
  }

  static final String ADR_TOOLS_1 =
      """
      # 1. Record architecture decisions

      Date: 2016-02-12

      ## Status

      Superceded by [2. Use Kafka](0002-use-kafka.md)

      ## Context

      We need to record decisions.

      ## Decision

      We will use ADRs.

      ## Consequences

      See Michael Nygard's article.
      """;

  static final String ADR_TOOLS_2 =
      """
      # 2. Use Kafka

      Date: 12/03/2016

      ## Status

      Accepted

      Supercedes [1. Record architecture decisions](0001-record-architecture-decisions.md)

      Clarified by [3. Topics](0003-topics.md)

      ## Context

      Events.

      ## Decision

      Kafka.

      ## Consequences

      Ops.
      """;

  @Test
  void adrToolsLogIsFoundThroughAdrDirAndSupersessionIsReadBothWays() throws IOException {
    write(".adr-dir", "architecture/log\n");
    write("architecture/log/0001-record-architecture-decisions.md", ADR_TOOLS_1);
    write("architecture/log/0002-use-kafka.md", ADR_TOOLS_2);
    write("docs/adr/0001-ignored.md", "# 1. Ignored\n");

    AdrLogs logs = read();

    assertThat(logs.logs()).hasSize(1);
    AdrLog log = logs.logs().get(0);
    assertThat(log.directory()).isEqualTo("architecture/log");
    assertThat(log.source()).isEqualTo(AdrLog.Source.ADR_DIR);
    assertThat(log.sourceFile()).contains(".adr-dir");
    AdrRecord first = log.records().get(0);
    assertThat(first.title()).isEqualTo("Record architecture decisions");
    assertThat(first.titleNumber()).contains(1);
    assertThat(first.number()).contains(1);
    assertThat(first.status().canonical()).isEqualTo(AdrStatus.Canonical.SUPERSEDED);
    assertThat(first.status().line()).isEqualTo(7);
    assertThat(first.status().place()).isEqualTo(AdrStatus.Place.HEADING);
    assertThat(first.format()).isEqualTo(AdrFormat.NYGARD);
    assertThat(first.date().flatMap(AdrDate::date)).contains(LocalDate.of(2016, 2, 12));
    assertThat(first.links())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.relation()).isEqualTo(AdrLink.Relation.SUPERSEDED_BY);
              assertThat(l.verb()).isEqualTo("Superceded by");
              assertThat(l.targets()).containsExactly("architecture/log/0002-use-kafka.md");
              assertThat(l.exists()).isTrue();
            });
    AdrRecord second = log.records().get(1);
    assertThat(second.date().flatMap(AdrDate::date)).contains(LocalDate.of(2016, 3, 12));
    assertThat(second.date().get().raw()).isEqualTo("12/03/2016");
    assertThat(second.status().canonical()).isEqualTo(AdrStatus.Canonical.ACCEPTED);
    assertThat(second.links())
        .extracting(AdrLink::relation, AdrLink::verb, AdrLink::exists)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(AdrLink.Relation.SUPERSEDES, "Supercedes", true),
            org.assertj.core.groups.Tuple.tuple(AdrLink.Relation.OTHER, "Clarified by", false));
  }

  @Test
  void madrFrontMatterIsStrippedBeforeTheTitleAndTheVersionIsDetected() throws IOException {
    write(
        "docs/decisions/0001-use-madr.md",
        """
        ---
        # These are optional metadata elements. Feel free to remove any of them.
        status: "superseded by ADR-0002"
        date: 2024-09-17
        decision-makers: [alice]
        ---
        # Use MADR

        ## Context and Problem Statement

        Text.

        ## Considered Options

        * MADR

        ## Decision Outcome

        Chosen option: "MADR", because it is good.

        ### Confirmation

        Review.
        """);
    write(
        "docs/decisions/0002-use-madr-3.md",
        """
        ---
        status: accepted
        date: 2022-10-01
        deciders: [bob]
        ---
        # Use MADR 3

        ## Context and Problem Statement

        ## Decision Outcome

        ## Validation
        """);
    write(
        "docs/decisions/0003-madr-2.md",
        """
        # Use MADR 2

        * Status: **Accepted** (PR #12)
        * Deciders: carol
        * Date: 2020-01-05

        ## Context and Problem Statement

        ## Decision Outcome

        ### Positive Consequences
        """);

    AdrLog log = read().logs().get(0);

    assertThat(log.source()).isEqualTo(AdrLog.Source.CONVENTION);
    assertThat(log.records())
        .extracting(AdrRecord::title, AdrRecord::format)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Use MADR", AdrFormat.MADR_4),
            org.assertj.core.groups.Tuple.tuple("Use MADR 3", AdrFormat.MADR_3),
            org.assertj.core.groups.Tuple.tuple("Use MADR 2", AdrFormat.MADR_2));
    AdrRecord madr4 = log.records().get(0);
    assertThat(madr4.status().canonical()).isEqualTo(AdrStatus.Canonical.SUPERSEDED);
    assertThat(madr4.status().raw()).isEqualTo("status: \"superseded by ADR-0002\"");
    assertThat(madr4.status().line()).isEqualTo(3);
    assertThat(madr4.links(AdrLink.Relation.SUPERSEDED_BY))
        .singleElement()
        .satisfies(
            l -> assertThat(l.targets()).containsExactly("docs/decisions/0002-use-madr-3.md"));
    AdrRecord madr2 = log.records().get(2);
    assertThat(madr2.status().canonical()).isEqualTo(AdrStatus.Canonical.ACCEPTED);
    assertThat(madr2.status().note()).isEqualTo("PR #12");
    assertThat(madr2.status().line()).isEqualTo(3);
    assertThat(madr2.status().place()).isEqualTo(AdrStatus.Place.LINE);
    assertThat(madr2.writtenDate()).contains(LocalDate.of(2020, 1, 5));
  }

  @Test
  void statusesWrittenLooselyAreReadIntoTheCanonicalSetAndKeepTheirText() {
    assertThat(read("Proposed.")).isEqualTo(AdrStatus.Canonical.PROPOSED);
    assertThat(read("**Accepted**")).isEqualTo(AdrStatus.Canonical.ACCEPTED);
    assertThat(read("Accepted (PR #45, merged 2026-07-13, SHA abc). See x"))
        .isEqualTo(AdrStatus.Canonical.ACCEPTED);
    assertThat(read("Approved")).isEqualTo(AdrStatus.Canonical.ACCEPTED);
    assertThat(read("Implemented.")).isEqualTo(AdrStatus.Canonical.ACCEPTED);
    assertThat(read("In Review")).isEqualTo(AdrStatus.Canonical.PROPOSED);
    assertThat(read("Under Review")).isEqualTo(AdrStatus.Canonical.PROPOSED);
    assertThat(read("Pending")).isEqualTo(AdrStatus.Canonical.PROPOSED);
    assertThat(read("Reverted by discussion #1198")).isEqualTo(AdrStatus.Canonical.OTHER);
    assertThat(read("on hold")).isEqualTo(AdrStatus.Canonical.OTHER);
    assertThat(read("Deprecated (no superseding ADR)")).isEqualTo(AdrStatus.Canonical.DEPRECATED);
    assertThat(read("superseded by ADR-0046")).isEqualTo(AdrStatus.Canonical.SUPERSEDED);
    assertThat(read("draft")).isEqualTo(AdrStatus.Canonical.DRAFT);
    assertThat(read("")).isEqualTo(AdrStatus.Canonical.UNKNOWN);
    AdrStatus rejected =
        AdrStatus.read("Rejected in favour of ADR 111", "", 5, AdrStatus.Place.HEADING);
    assertThat(rejected.canonical()).isEqualTo(AdrStatus.Canonical.REJECTED);
    assertThat(rejected.note()).isEqualTo("in favour of ADR 111");
    assertThat(rejected.text()).isEqualTo("Rejected in favour of ADR 111");
  }

  private static AdrStatus.Canonical read(String text) {
    return AdrStatus.read(text, text, 1, AdrStatus.Place.HEADING).canonical();
  }

  @Test
  void everyNamingSchemeGivesItsNumberDateAndSlug() {
    assertThat(AdrName.parse("0001-record-architecture-decisions.md"))
        .satisfies(
            n -> {
              assertThat(n.scheme()).isEqualTo(AdrName.Scheme.NUMBER);
              assertThat(n.number()).contains(1);
              assertThat(n.slug()).isEqualTo("record-architecture-decisions");
              assertThat(n.pattern()).isEqualTo("NNNN-slug.md");
            });
    assertThat(AdrName.parse("001-monorepo-structure.md").pattern()).isEqualTo("NNN-slug.md");
    assertThat(AdrName.parse("adr-101-x.md"))
        .satisfies(
            n -> {
              assertThat(n.scheme()).isEqualTo(AdrName.Scheme.PREFIXED_NUMBER);
              assertThat(n.number()).contains(101);
              assertThat(n.pattern()).isEqualTo("adr-NNN-slug.md");
            });
    assertThat(AdrName.parse("adr012-x.md").number()).contains(12);
    assertThat(AdrName.parse("ADR-001_DOCUMENT_MODEL.md"))
        .satisfies(
            n -> {
              assertThat(n.number()).contains(1);
              assertThat(n.slug()).isEqualTo("DOCUMENT_MODEL");
              assertThat(n.pattern()).isEqualTo("ADR-NNN_slug.md");
            });
    assertThat(AdrName.parse("20240115-use-kafka.md"))
        .satisfies(
            n -> {
              assertThat(n.scheme()).isEqualTo(AdrName.Scheme.DATE);
              assertThat(n.date()).contains(LocalDate.of(2024, 1, 15));
              assertThat(n.number()).isEmpty();
            });
    assertThat(AdrName.parse("ADR-2025-09-07-x.md"))
        .satisfies(
            n -> {
              assertThat(n.scheme()).isEqualTo(AdrName.Scheme.PREFIXED_DATE);
              assertThat(n.date()).contains(LocalDate.of(2025, 9, 7));
            });
    assertThat(AdrName.parse("ADR-2025-10-29-001-x.md"))
        .satisfies(
            n -> {
              assertThat(n.scheme()).isEqualTo(AdrName.Scheme.PREFIXED_DATE_NUMBER);
              assertThat(n.number()).contains(1);
            });
    assertThat(AdrName.parse("ADR-2025-011-x.md"))
        .satisfies(
            n -> {
              assertThat(n.scheme()).isEqualTo(AdrName.Scheme.PREFIXED_YEAR_NUMBER);
              assertThat(n.ambiguous()).isTrue();
            });
    assertThat(AdrName.parse("0001_slug.rst").number()).contains(1);
    assertThat(AdrName.parse("notes.md").scheme()).isEqualTo(AdrName.Scheme.NONE);
  }

  @Test
  void titlesLoseTheirNumberPrefixInEveryStyle() {
    assertThat(RecordReader.splitTitle("1. Title")).containsExactly("1", "Title");
    assertThat(RecordReader.splitTitle("ADR 0002 — Title")).containsExactly("2", "Title");
    assertThat(RecordReader.splitTitle("ADR-017: Title")).containsExactly("17", "Title");
    assertThat(RecordReader.splitTitle("0007: Title")).containsExactly("7", "Title");
    assertThat(RecordReader.splitTitle("Use Kafka")).containsExactly("", "Use Kafka");
    assertThat(RecordReader.splitTitle("2024 roadmap")).containsExactly("", "2024 roadmap");
  }

  @Test
  void log4brainsConfigNamesOneLogPerPackageAndMissingStatusesStayUnknown() throws IOException {
    write(
        ".log4brains.yml",
        """
        project:
          name: demo
          tz: Europe/Paris
          adrFolder: ./docs/adr
          packages:
            - name: core
              path: ./packages/core
              adrFolder: ./packages/core/adr
        """);
    write(
        "docs/adr/20240115-use-kafka.md",
        """
        # Use Kafka

        - Status: draft
        - Tags: backend

        ## Context and Problem Statement
        """);
    write("packages/core/adr/20240201-use-rust.md", "# Use Rust\n\n## Decision Outcome\n");

    AdrLogs logs = read();

    assertThat(logs.logs())
        .extracting(AdrLog::directory, AdrLog::source)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("docs/adr", AdrLog.Source.LOG4BRAINS),
            org.assertj.core.groups.Tuple.tuple("packages/core/adr", AdrLog.Source.LOG4BRAINS));
    AdrRecord kafka = logs.logs().get(0).records().get(0);
    assertThat(kafka.format()).isEqualTo(AdrFormat.LOG4BRAINS);
    assertThat(kafka.status().canonical()).isEqualTo(AdrStatus.Canonical.DRAFT);
    assertThat(logs.logs().get(1).records().get(0).status().canonical())
        .isEqualTo(AdrStatus.Canonical.UNKNOWN);
  }

  @Test
  void withoutALogAtTheRootTheConventionalFoldersOfPackagesAreFoundInPathOrder()
      throws IOException {
    write("services/billing/docs/adr/0001-use-postgres.md", "# 1. Use Postgres\n");
    write("services/billing/docs/adr/0002-split/notes.md", "# Notes\n");
    write("services/billing/docs/adr/0003-use-kafka.md", "# 3. Use Kafka\n");
    write("apps/web/adr/0001-use-react.md", "# 1. Use React\n");
    write("apps/Admin/Docs/ADR/0001-use-vue.md", "# 1. Use Vue\n");
    write("node_modules/lib/docs/adr/0001-theirs.md", "# 1. Theirs\n");
    write("services/billing/docs/adr.md", "# Not a folder\n");

    AdrLogs logs = read();

    // folder names match exactly: 'Docs/ADR' is not a conventional folder
    assertThat(logs.logs())
        .extracting(AdrLog::directory)
        .containsExactly("apps/web/adr", "services/billing/docs/adr");
    assertThat(logs.logs().get(1).records())
        .extracting(r -> r.path())
        .contains(
            "services/billing/docs/adr/0001-use-postgres.md",
            "services/billing/docs/adr/0003-use-kafka.md");
  }

  @Test
  void thePolicyPathWinsAndAMissingFolderIsAProblemOfTheLog() throws IOException {
    write("docs/adr/0001-x.md", "# 1. X\n");
    AdrLogs logs = read(Map.of("path", "decisions/"));
    assertThat(logs.logs())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.directory()).isEqualTo("decisions");
              assertThat(l.source()).isEqualTo(AdrLog.Source.POLICY);
              assertThat(l.problems())
                  .containsExactly(
                      "the folder 'decisions' named by the policy's adr.path does not exist or holds no files");
            });
  }

  @Test
  void indexesAndTemplatesAreNotRecordsAndIndexEntriesAreRead() throws IOException {
    write("docs/adr/0001-a.md", "# 1. A\n\n## Status\n\nAccepted\n");
    write("docs/adr/0002-b.md", "# 2. B\n\n## Status\n\nAccepted\n");
    write(
        "docs/adr/README.md",
        """
        # Decisions

        * [1. A](0001-a.md)
        * [3. C](0003-c.md)
        * [Template](template.md)
        """);
    write("docs/adr/template.md", "# NUMBER. TITLE\n\n## Status\n\nSTATUS\n");
    write("docs/adr/0000-template.md", "# Template\n");
    write("docs/adr/templates/template.md", "# Template\n");
    write("docs/adr/diagram.png", "\u0000PNG");
    write(
        "docs/adr/index.md",
        """
        <!-- adrlog -->
        * [ADR-0001](0001-a.md) - A
        <!-- adrlogstop -->
        """);

    AdrLog log = read().logs().get(0);

    assertThat(log.records())
        .extracting(AdrRecord::path)
        .containsExactly("docs/adr/0001-a.md", "docs/adr/0002-b.md");
    assertThat(log.templates())
        .containsExactly(
            "docs/adr/0000-template.md", "docs/adr/template.md", "docs/adr/templates/template.md");
    assertThat(log.indexes())
        .extracting(AdrIndex::path, AdrIndex::adrLog)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("docs/adr/README.md", false),
            org.assertj.core.groups.Tuple.tuple("docs/adr/index.md", true));
    assertThat(log.indexes().get(0).entries())
        .extracting(AdrIndex.Entry::target, AdrIndex.Entry::exists, AdrIndex.Entry::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("docs/adr/0001-a.md", true, 3),
            org.assertj.core.groups.Tuple.tuple("docs/adr/0003-c.md", false, 4));
  }

  @Test
  void malformedRecordsAreReadWithoutThrowing() throws IOException {
    write("docs/adr/0001-empty.md", "");
    Files.write(dir.resolve("docs/adr/0002-binary.md"), new byte[] {0, 1, 2, 3});
    write("docs/adr/0003-no-title.md", "Just text, [broken](\n");
    write("docs/adr/0003-twice.md", "# 3. Twice\n");
    write("docs/adr/0004-bad-front-matter.md", "---\nstatus: [\n---\n# 4. Bad\n");

    AdrLog log = read().logs().get(0);

    assertThat(log.records())
        .extracting(AdrRecord::content)
        .containsExactly(
            AdrRecord.Content.EMPTY,
            AdrRecord.Content.BINARY,
            AdrRecord.Content.TEXT,
            AdrRecord.Content.TEXT,
            AdrRecord.Content.TEXT);
    assertThat(log.withNumber(3)).hasSize(2);
    assertThat(log.records().get(2).title()).isEmpty();
    assertThat(log.records().get(4).title()).isEqualTo("Bad");
    assertThat(log.records().get(4).status().canonical()).isEqualTo(AdrStatus.Canonical.UNKNOWN);
  }

  @Test
  void rstRecordsAreReadByTitleAndStatusSection() throws IOException {
    write(
        "docs/decisions/0001-purpose.rst",
        """
        1. Purpose of this repo
        =======================

        Status
        ------

        Accepted

        Context
        -------

        Text.
        """);
    AdrRecord r = read().logs().get(0).records().get(0);
    assertThat(r.title()).isEqualTo("Purpose of this repo");
    assertThat(r.status().canonical()).isEqualTo(AdrStatus.Canonical.ACCEPTED);
    assertThat(r.status().line()).isEqualTo(7);
    assertThat(r.format()).isEqualTo(AdrFormat.RST);
  }

  @Test
  void firstAppearanceComesFromOneWalkOfTheHistory() throws Exception {
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      write("docs/adr/0001-a.md", "# 1. A\n");
      commit(git, "add A", "2020-01-10T10:00:00Z");
      write("docs/adr/0001-a.md", "# 1. A, edited\n");
      write("docs/adr/0002-b.md", "# 2. B\n");
      commit(git, "add B", "2021-06-01T10:00:00Z");
      write("README.md", "unrelated\n");
      commit(git, "unrelated", "2022-01-01T10:00:00Z");
    }
    write("docs/adr/0003-c.md", "# 3. C (not committed)\n");

    AdrLogs logs = read();

    assertThat(logs.history()).isEqualTo(AdrLogs.History.AVAILABLE);
    assertThat(logs.logs().get(0).records())
        .extracting(AdrRecord::firstCommitted)
        .containsExactly(
            Optional.of(LocalDate.of(2020, 1, 10)),
            Optional.of(LocalDate.of(2021, 6, 1)),
            Optional.empty());
  }

  @Test
  void aRecordAddedOnABranchIsDatedByItsOwnCommitNotByTheMerge() throws Exception {
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      write("docs/adr/0001-a.md", "# 1. A\n");
      commit(git, "add A", "2021-01-01T10:00:00Z");
      git.branchCreate().setName("side").call();
      git.checkout().setName("side").call();
      write("docs/adr/0002-b.md", "# 2. B\n");
      commit(git, "add B on a branch", "2021-02-01T10:00:00Z");
      git.checkout().setName("main").call();
      write("README.md", "main moves on\n");
      commit(git, "main", "2021-03-01T10:00:00Z");
      PersonIdent who =
          new PersonIdent(
              "Alice", "alice@example.com", Instant.parse("2021-04-01T10:00:00Z"), ZoneOffset.UTC);
      git.merge()
          .include(git.getRepository().resolve("side"))
          .setFastForward(org.eclipse.jgit.api.MergeCommand.FastForwardMode.NO_FF)
          .setCommit(false)
          .call();
      git.commit().setMessage("merge side").setAuthor(who).setCommitter(who).setSign(false).call();
    }

    AdrLogs logs = read();

    assertThat(logs.records())
        .extracting(AdrRecord::firstCommitted)
        .containsExactly(
            Optional.of(LocalDate.of(2021, 1, 1)), Optional.of(LocalDate.of(2021, 2, 1)));
  }

  @Test
  void aConfiguredFolderOutsideTheRepositoryDoesNotSpoilTheDatesOfTheOthers() throws Exception {
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      write("docs/adr/0001-a.md", "# 1. A\n");
      commit(git, "add A", "2021-01-01T10:00:00Z");
    }

    AdrLogs logs = read(Map.of("path", List.of("../elsewhere", "docs/adr")));

    assertThat(logs.history()).isEqualTo(AdrLogs.History.AVAILABLE);
    assertThat(logs.logs())
        .extracting(AdrLog::directory)
        .containsExactly("../elsewhere", "docs/adr");
    assertThat(logs.logs().get(1).records().get(0).firstCommitted())
        .contains(LocalDate.of(2021, 1, 1));
  }

  @Test
  void aShallowCloneHasNoHistoryRatherThanWrongDates() throws Exception {
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      write("docs/adr/0001-a.md", "# 1. A\n");
      commit(git, "add A", "2021-01-01T10:00:00Z");
      Files.writeString(
          dir.resolve(".git/shallow"), git.getRepository().resolve("HEAD").name() + "\n");
    }

    AdrLogs logs = read();

    assertThat(logs.history()).isEqualTo(AdrLogs.History.SHALLOW);
    assertThat(logs.records().get(0).firstCommitted()).isEmpty();
  }

  @Test
  void aDirectoryThatIsNotARepositoryHasNoHistory() throws IOException {
    write("docs/adr/0001-a.md", "# 1. A\n");
    AdrLogs logs = read();
    assertThat(logs.history()).isEqualTo(AdrLogs.History.NOT_GIT);
    assertThat(logs.records().get(0).firstCommitted()).isEmpty();
  }

  private static void commit(Git git, String message, String when) throws Exception {
    git.add().addFilepattern(".").call();
    PersonIdent who =
        new PersonIdent("Alice", "alice@example.com", Instant.parse(when), ZoneOffset.UTC);
    git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
  }

  @Test
  void relationVerbsAreReadFromTheTextBeforeTheLink() {
    assertThat(RecordReader.relation("Superseded by "))
        .containsExactly("SUPERSEDED_BY", "Superseded by");
    assertThat(RecordReader.relation("* Status: superseded by "))
        .containsExactly("SUPERSEDED_BY", "superseded by");
    assertThat(RecordReader.relation("Amends ")).containsExactly("AMENDS", "Amends");
    assertThat(RecordReader.relation("Amended by ")).containsExactly("AMENDED_BY", "Amended by");
    assertThat(RecordReader.relation("Rejected in favour of "))
        .containsExactly("OTHER", "in favour of");
    assertThat(RecordReader.relation("We decided, as explained in "))
        .containsExactly("REFERENCE", "");
    assertThat(RecordReader.relation("")).containsExactly("REFERENCE", "");
  }
}
