package dev.trellis.core.signal.adr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Links written between records and indexes point at their target from the linking file's folder.
 */
class AdrLinkDestinationTest {
  @Test
  void aRecordInTheSameFolderIsLinkedByItsName() {
    assertThat(AdrLink.destinationTo("docs/adr/0002-b.md", "docs/adr/0001-a.md"))
        .isEqualTo("0001-a.md");
  }

  @Test
  void otherFoldersAreReachedThroughTheirCommonParent() {
    assertThat(AdrLink.destinationTo("docs/README.md", "docs/adr/0001-a.md"))
        .isEqualTo("adr/0001-a.md");
    assertThat(AdrLink.destinationTo("docs/adr/0002-b.md", "docs/decisions/0001-a.md"))
        .isEqualTo("../decisions/0001-a.md");
    assertThat(AdrLink.destinationTo("README.md", "docs/adr/0001-a.md"))
        .isEqualTo("docs/adr/0001-a.md");
    assertThat(AdrLink.destinationTo("docs/adr/0002-b.md", "0001-a.md"))
        .isEqualTo("../../0001-a.md");
  }
}
