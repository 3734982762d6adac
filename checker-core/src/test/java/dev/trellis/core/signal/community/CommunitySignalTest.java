package dev.trellis.core.signal.community;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.signal.FilesOnDisk;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommunitySignalTest {
  @TempDir Path dir;
  private FilesOnDisk disk;

  @BeforeEach
  void emptyDirectory() {
    disk = new FilesOnDisk(dir);
  }

  @Test
  void healthFilesInFoldersWrittenInAnyCaseAreFoundAndGitHubsChoiceComesFirst() {
    disk.write(".GitHub/CONTRIBUTING.md", "# Contributing\n");
    disk.write("Docs/CONTRIBUTING.txt", "Contributing\n");
    disk.write("contributing", "plain\n");
    disk.write("docs/Security.md", "# Security\n");
    disk.write("src/CONTRIBUTING.md", "not a place GitHub reads\n");
    disk.write(".github/workflows/SUPPORT.md", "nor is this\n");

    CommunityFiles files = disk.signal(CommunitySignal.SIGNAL).files();

    assertThat(files.all(HealthFile.CONTRIBUTING))
        .containsExactly(".GitHub/CONTRIBUTING.md", "contributing", "Docs/CONTRIBUTING.txt");
    assertThat(files.used(HealthFile.SECURITY)).contains("docs/Security.md");
    assertThat(files.all(HealthFile.SUPPORT)).isEmpty();
  }

  @Test
  void aChangelogInDocsInAnyCaseIsReadWhenTheRootHasNone() {
    disk.write("Docs/History.md", "# History\n\n## 1.0.0 - 2026-01-02\n");
    disk.write("docs/NEWS", "1.0\n");
    disk.write("docs/old/CHANGELOG.md", "# Too deep\n");

    Changelog changelog = disk.signal(CommunitySignal.SIGNAL).changelog().orElseThrow();

    // 'history' comes before 'news' in the order of preference
    assertThat(changelog.path()).isEqualTo("Docs/History.md");
    assertThat(changelog.markdown()).isTrue();
  }

  @Test
  void issueTemplatesAreReadFromTheTemplateFolderInAnyCase() {
    disk.write(
        ".GitHub/Issue_Template/bug.md",
        "---\nname: Bug report\nabout: Something is broken\n---\n# Bug\n");
    disk.write(".GitHub/Issue_Template/config.yml", "blank_issues_enabled: false\n");
    disk.write(".GitHub/Issue_Template/archive/old.md", "---\nname: x\n---\n");
    disk.write("Docs/ISSUE_TEMPLATE.md", "legacy\n");
    disk.write(".github/issue_template.md", "legacy too\n");

    IssueTemplates templates = disk.signal(CommunitySignal.SIGNAL).issueTemplates();

    assertThat(templates.folder()).contains(".GitHub/Issue_Template");
    assertThat(templates.templates()).containsExactly(".GitHub/Issue_Template/bug.md");
    assertThat(templates.config()).contains(".GitHub/Issue_Template/config.yml");
    assertThat(templates.legacy())
        .containsExactly(".github/issue_template.md", "Docs/ISSUE_TEMPLATE.md");
    assertThat(templates.problems()).isEmpty();
  }

  @Test
  void theReleaseProcessIsTheFirstReleasePageInPathOrderInAnyCase() {
    disk.write("Docs/Releasing.md", "# Releasing\n");
    disk.write("Docs/Release-Notes/1.0.md", "# 1.0\n");
    disk.write("docs/guide.md", "# Guide\n\n## How to release\n");

    Located release = disk.signal(CommunitySignal.SIGNAL).releaseProcess().orElseThrow();

    // 'Docs/Release-Notes/1.0.md' sorts before 'Docs/Releasing.md' ('-' < 'i')
    assertThat(release.path()).isEqualTo("Docs/Release-Notes/1.0.md");
  }

  @Test
  void withoutAPageOfItsOwnTheReleaseProcessIsAHeadingOfATopLevelPage() {
    disk.write("README.md", "# Widget\n\nA widget.\n");
    disk.write("CHANGELOG.md", "# Changelog\n\n## Releasing 1.0\n");
    disk.write(".GitHub/MAINTAINING.md", "# Maintaining\n\n## Cutting a release\n\nTag it.\n");
    disk.write("src/docs/guide.md", "# Guide\n\n## How to release\n");

    Located release = disk.signal(CommunitySignal.SIGNAL).releaseProcess().orElseThrow();

    assertThat(release.path()).isEqualTo(".GitHub/MAINTAINING.md");
    assertThat(release.line()).isEqualTo(3);
  }
}
