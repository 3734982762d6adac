package dev.trellis.core.signal.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.signal.FilesOnDisk;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostmortemSignalTest {
  @TempDir Path dir;
  private FilesOnDisk disk;

  @BeforeEach
  void emptyDirectory() {
    disk = new FilesOnDisk(dir);
  }

  private static final String REPORT =
      """
      # Outage of 2026-03-04

      ## Summary

      The API was down.

      ## Root cause

      A full disk.

      ## Action items

      - Alert on disk space (@ops, #12)
      """;

  @Test
  void reportsInAPostmortemFolderOfAnyCaseAndDepthAreFoundWhateverTheExtensionsCase() {
    disk.write("Docs/Postmortems/2026-03-04-outage.MD", REPORT);
    disk.write("services/api/Incidents/2026-04-01-slow.markdown", REPORT);
    disk.write("Docs/Postmortems/README.md", "# Postmortems\n");
    disk.write("Docs/Postmortems/notes.txt", REPORT);

    Postmortems found = disk.signal(PostmortemSignal.SIGNAL);

    assertThat(found.reports())
        .extracting(PostmortemDoc::path)
        .containsExactly(
            "Docs/Postmortems/2026-03-04-outage.MD",
            "services/api/Incidents/2026-04-01-slow.markdown");
    assertThat(found.folders()).containsExactly("Docs/Postmortems", "services/api/Incidents");
  }

  @Test
  void aPostmortemIssueTemplateIsFoundInATemplateFolderOfAnyCase() {
    disk.write(".GitHub/Issue_Template/Postmortem.md", REPORT);
    disk.write(".GitHub/Issue_Template/bug.md", REPORT);
    disk.write(".GitHub/Issue_Template/old/postmortem.md", REPORT);
    disk.write("handbook/Postmortem-Template.md", REPORT);

    Postmortems found = disk.signal(PostmortemSignal.SIGNAL);

    assertThat(found.templates())
        .extracting(PostmortemDoc::path)
        .containsExactly(".GitHub/Issue_Template/Postmortem.md", "handbook/Postmortem-Template.md");
    assertThat(found.reports()).isEmpty();
  }
}
