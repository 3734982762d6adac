package dev.trellis.core.signal.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarkdownTest {

  private static final String ADR =
      String.join(
          "\n",
          "---",
          "# These are optional elements.",
          "status: \"accepted\"",
          "date: 2024-09-17",
          "---",
          "# Use Kafka for events",
          "",
          "## Context and Problem Statement",
          "",
          "We need a log of events that",
          "survives restarts. See [ADR-0002](0002-x.md).",
          "",
          "## Action items",
          "",
          "- [ ] Add alerting @alice",
          "- [x] Write runbook",
          "  - nested detail",
          "",
          "| Owner | Ticket |",
          "| ----- | ------ |",
          "| @bob  | OPS-12 |",
          "",
          "> Alice: human error, I think",
          "");

  @Test
  void frontMatterIsReadAndLineNumbersStayThoseOfTheFile() {
    MarkdownDoc doc = Markdown.parse("docs/decisions/0001-kafka.md", ADR);

    assertThat(doc.frontMatter()).containsEntry("status", "accepted");
    assertThat(doc.frontMatterProblem()).isEmpty();
    assertThat(doc.title()).contains("Use Kafka for events");
    assertThat(doc.headings())
        .extracting(
            MarkdownDoc.Heading::level, MarkdownDoc.Heading::text, MarkdownDoc.Heading::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "Use Kafka for events", 6),
            org.assertj.core.groups.Tuple.tuple(2, "Context and Problem Statement", 8),
            org.assertj.core.groups.Tuple.tuple(2, "Action items", 13));
  }

  @Test
  void paragraphsKeepTheirLineAndSoftBreaks() {
    MarkdownDoc doc = Markdown.parse("a.md", ADR);

    MarkdownDoc.Block first = doc.firstParagraph().orElseThrow();
    assertThat(first.line()).isEqualTo(10);
    assertThat(first.text())
        .isEqualTo("We need a log of events that\nsurvives restarts. See ADR-0002.");
    assertThat(first.heading()).isEqualTo(1);
    assertThat(doc.links()).containsExactly(new MarkdownDoc.Link("ADR-0002", "0002-x.md", 11));
  }

  @Test
  void checklistItemsTablesAndQuotesAreSeparated() {
    MarkdownDoc doc = Markdown.parse("a.md", ADR);
    int actions = doc.indexOf(doc.heading("action items:").orElseThrow());

    assertThat(doc.itemsUnder(actions))
        .extracting(
            MarkdownDoc.ListItem::text,
            MarkdownDoc.ListItem::line,
            MarkdownDoc.ListItem::checked,
            MarkdownDoc.ListItem::depth)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Add alerting @alice", 15, Optional.of(false), 0),
            org.assertj.core.groups.Tuple.tuple("Write runbook", 16, Optional.of(true), 0),
            org.assertj.core.groups.Tuple.tuple("nested detail", 17, Optional.empty(), 1));
    MarkdownDoc.Table table = doc.tablesUnder(actions).get(0);
    assertThat(table.header()).containsExactly("Owner", "Ticket");
    assertThat(table.rows()).containsExactly(java.util.List.of("@bob", "OPS-12"));
    assertThat(table.rowLines()).containsExactly(21);
    assertThat(doc.blocks())
        .filteredOn(b -> b.kind() == MarkdownDoc.Kind.QUOTE)
        .extracting(MarkdownDoc.Block::line)
        .containsExactly(23);
    assertThat(doc.blocks()).filteredOn(b -> b.kind() == MarkdownDoc.Kind.PARAGRAPH).hasSize(1);
  }

  @Test
  void malformedFrontMatterIsAProblemNotAnException() {
    MarkdownDoc doc = Markdown.parse("a.md", "---\nstatus: [unclosed\n---\n# Title\n");

    assertThat(doc.frontMatter()).isEmpty();
    assertThat(doc.frontMatterProblem()).isPresent();
    assertThat(doc.title()).contains("Title");
    assertThat(doc.headings().get(0).line()).isEqualTo(4);
  }

  @Test
  void anUnclosedFrontMatterFenceIsOrdinaryMarkdown() {
    MarkdownDoc doc = Markdown.parse("a.md", "---\n# Title\n");

    assertThat(doc.frontMatter()).isEmpty();
    assertThat(doc.title()).contains("Title");
  }

  @Test
  void headingsAreNormalisedForMatchingByMeaning() {
    assertThat(MarkdownDoc.normalise("**Root Causes:**")).isEqualTo("root causes");
    assertThat(MarkdownDoc.normalise("  Lessons   Learned. ")).isEqualTo("lessons learned");
  }
}
