package dev.trellis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AdrCommandTest {
  @TempDir Path repo;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int trellis(String... args) {
    CommandLine cl = TrellisCommand.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  private void write(String path, String text) throws Exception {
    Path p = repo.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private String read(String path) throws Exception {
    return Files.readString(repo.resolve(path));
  }

  private static final String KAFKA =
      """
      # 2. Use Kafka

      Date: 2016-02-12

      ## Status

      Accepted (PR #12)

      Supercedes [1. Record architecture decisions](0001-record-architecture-decisions.md)

      ## Context

      Events.
      """;

  @Test
  void theFirstRecordOfARepositoryStartsDocsAdrInTheNygardTemplate() throws Exception {
    write("README.md", "# Demo\n");

    int exit =
        trellis(
            "adr",
            "new",
            "Record",
            "architecture",
            "decisions",
            "--repo",
            repo.toString(),
            "--today",
            "2026-11-27");

    assertThat(exit).isZero();
    assertThat(out.toString())
        .isEqualTo(
            "wrote   docs/adr/0001-record-architecture-decisions.md (the new decision record)\n");
    assertThat(read("docs/adr/0001-record-architecture-decisions.md"))
        .isEqualTo(
            """
            # 1. Record architecture decisions

            Date: 2026-11-27

            ## Status

            Accepted

            ## Context

            What forces are at play, stated neutrally: the problem, the constraints, what we know\
             and what we do not.

            ## Decision

            We will ...

            ## Consequences

            What becomes easier and what becomes harder, including the risks we accept.
            """);
  }

  @Test
  void supersedingUpdatesTheOldStatusLinksBothWaysAndExtendsTheIndexInItsOwnStyle()
      throws Exception {
    write(".adr-dir", "architecture/decisions\n");
    write(
        "architecture/decisions/0001-record-architecture-decisions.md",
        "# 1. Record architecture decisions\n\n## Status\n\nAccepted\n");
    write("architecture/decisions/0002-use-kafka.md", KAFKA);
    write(
        "architecture/decisions/README.md",
        """
        # Decisions

        | Number | Title | Status |
        | ------ | ----- | ------ |
        | [0001](0001-record-architecture-decisions.md) | Record architecture decisions | Accepted |
        | [0002](0002-use-kafka.md) | Use Kafka | Accepted (PR #12) |

        Written with adr-tools.
        """);

    int exit =
        trellis(
            "adr",
            "new",
            "Use Pulsar (not Kafka)!",
            "--supersedes",
            "2",
            "--repo",
            repo.toString(),
            "--today",
            "2026-11-27");

    assertThat(exit).isZero();
    assertThat(out.toString())
        .isEqualTo(
            "wrote   architecture/decisions/0003-use-pulsar-not-kafka.md (the new decision record)\n"
                + "updated architecture/decisions/0002-use-kafka.md (status: superseded by ADR 3)\n"
                + "updated architecture/decisions/README.md (the index lists it)\n");
    assertThat(read("architecture/decisions/0003-use-pulsar-not-kafka.md"))
        .startsWith(
            """
            # 3. Use Pulsar (not Kafka)!

            Date: 2026-11-27

            ## Status

            Accepted

            Supersedes [2. Use Kafka](0002-use-kafka.md)

            ## Context
            """);
    assertThat(read("architecture/decisions/0002-use-kafka.md"))
        .isEqualTo(
            KAFKA.replace(
                "Accepted (PR #12)",
                "Superseded by [3. Use Pulsar (not Kafka)!](0003-use-pulsar-not-kafka.md)"));
    assertThat(read("architecture/decisions/README.md"))
        .contains(
            "| [0002](0002-use-kafka.md) | Use Kafka | Accepted (PR #12) |\n"
                + "| [0003](0003-use-pulsar-not-kafka.md) | Use Pulsar (not Kafka)! | Accepted |\n"
                + "\nWritten with adr-tools.\n");
  }

  @Test
  void aMadrLogGetsAMadrRecordItsFrontMatterStatusAndAnAdrLogEntry() throws Exception {
    write(
        "docs/decisions/0000-use-madr.md",
        """
        ---
        status: "accepted"
        date: 2024-09-17
        ---
        # Use MADR

        ## Context and Problem Statement

        ## Considered Options

        ## Decision Outcome
        """);
    write(
        "docs/decisions/index.md",
        "# Decisions\n\n<!-- adrlog -->\n\n* [ADR-0000](0000-use-madr.md) - Use MADR\n\n<!-- adrlogstop -->\n");

    int exit =
        trellis(
            "adr",
            "new",
            "Use",
            "Nygard",
            "--supersedes",
            "0",
            "--repo",
            repo.toString(),
            "--today",
            "2026-11-27");

    assertThat(exit).isZero();
    assertThat(read("docs/decisions/0001-use-nygard.md"))
        .isEqualTo(
            """
            ---
            status: accepted
            date: 2026-11-27
            ---

            # Use Nygard

            Supersedes [0. Use MADR](0000-use-madr.md)

            ## Context and Problem Statement

            What problem does this decision solve, and why does it need solving now?

            ## Considered Options

            * Option 1
            * Option 2

            ## Decision Outcome

            Chosen option: "Option 1", because ...

            ### Consequences

            * Good, because ...
            * Bad, because ...
            """);
    assertThat(read("docs/decisions/0000-use-madr.md"))
        .startsWith("---\nstatus: \"superseded by ADR-0001\"\ndate: 2024-09-17\n---\n");
    assertThat(read("docs/decisions/index.md"))
        .isEqualTo(
            "# Decisions\n\n<!-- adrlog -->\n\n* [ADR-0000](0000-use-madr.md) - Use MADR\n"
                + "* [ADR-0001](0001-use-nygard.md) - Use Nygard\n\n<!-- adrlogstop -->\n");
  }

  @Test
  void aDatedLogGetsTodaysDateAndANewRecordIsNeverWrittenOverAnother() throws Exception {
    write(".log4brains.yml", "project:\n  name: demo\n  adrFolder: ./docs/adr\n");
    write(
        "docs/adr/20240115-use-kafka.md",
        "# Use Kafka\n\n* Status: accepted\n* Tags: backend\n\n## Context and Problem Statement\n");

    assertThat(
            trellis("adr", "new", "Use Rust", "--repo", repo.toString(), "--today", "2026-11-27"))
        .isZero();
    assertThat(read("docs/adr/20261127-use-rust.md"))
        .startsWith("# Use Rust\n\n* Status: accepted\n* Date: 2026-11-27\n\n## Context");

    int again =
        trellis("adr", "new", "Use Rust", "--repo", repo.toString(), "--today", "2026-11-27");

    assertThat(again).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString())
        .isEqualTo(
            "trellis: docs/adr/20261127-use-rust.md already exists; 'trellis adr new' never"
                + " overwrites.\n");
  }

  @Test
  void mistakesAreUsageErrorsThatSayWhatToDo() throws Exception {
    write("docs/adr/0001-a.md", "# 1. A\n\n## Status\n\nAccepted\n");
    write("doc/adr/0001-b.md", "# 1. B\n\n## Status\n\nAccepted\n");

    assertThat(trellis("adr", "new", "C", "--repo", repo.toString())).isEqualTo(ExitCodes.USAGE);
    assertThat(
            trellis(
                "adr",
                "new",
                "C",
                "--dir",
                "docs/adr",
                "--supersedes",
                "7",
                "--repo",
                repo.toString()))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(trellis("adr", "new", "C", "--format", "rst", "--repo", repo.toString()))
        .isEqualTo(ExitCodes.USAGE);

    assertThat(err.toString())
        .isEqualTo(
            "trellis: this repository has 2 decision logs (docs/adr, doc/adr); choose one with"
                + " --dir.\n"
                + "trellis: there is no record number 7 in docs/adr to supersede.\n"
                + "trellis: --format takes nygard or madr, not 'rst'.\n");
    assertThat(repo.resolve("docs/adr/0002-c.md")).doesNotExist();
  }

  @Test
  void listPrintsNumberStatusDateAndTitleAsTextOrJson() throws Exception {
    write("docs/adr/0001-a.md", "# 1. Use A\n\nDate: 12/03/2016\n\n## Status\n\n**Accepted**\n");
    write("docs/adr/0002-b.md", "# 2. Use B\n\n## Status\n\nRejected in favour of ADR 111\n");
    write("docs/adr/0010-c.md", "# Use C\n");

    assertThat(trellis("adr", "list", "--repo", repo.toString())).isZero();
    assertThat(out.toString())
        .isEqualTo(
            " 1  accepted  2016-03-12  Use A  (docs/adr/0001-a.md)\n"
                + " 2  rejected  -           Use B  (docs/adr/0002-b.md)\n"
                + "10  unknown   -           Use C  (docs/adr/0010-c.md)\n");

    out.getBuffer().setLength(0);
    assertThat(trellis("adr", "list", "--json", "--repo", repo.toString())).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json).hasSize(3);
    assertThat(json.get(1).toString())
        .isEqualTo(
            "{\"path\":\"docs/adr/0002-b.md\",\"log\":\"docs/adr\",\"number\":2,\"title\":\"Use B\","
                + "\"status\":\"rejected\",\"statusText\":\"Rejected in favour of ADR 111\","
                + "\"date\":null,\"format\":\"nygard\"}");
  }
}
