package dev.trellis.core.signal.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.trellis.core.signal.FilesOnDisk;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewSignalTest {
  @TempDir Path dir;
  private FilesOnDisk disk;

  @BeforeEach
  void emptyDirectory() {
    disk = new FilesOnDisk(dir);
  }

  @Test
  void pullRequestTemplatesInFoldersWrittenInAnyCaseAreFoundSingleTemplatesFirst() {
    disk.write("Docs/Pull_Request_Template/feature.md", "## Why\n");
    disk.write("Docs/Pull_Request_Template/notes.html", "not a template\n");
    disk.write(".GitHub/PULL_REQUEST_TEMPLATE.md", "## Summary\n\n- [ ] tested\n");
    disk.write(".Gitlab/Merge_Request_Templates/Default.md", "## What\n");
    disk.write("src/pull_request_template.md", "not where GitHub looks\n");

    ReviewSettings review = disk.signal(ReviewSignal.SIGNAL);

    assertThat(review.templates())
        .extracting(PrTemplate::path, PrTemplate::platform, PrTemplate::isDefault)
        .containsExactly(
            tuple(".GitHub/PULL_REQUEST_TEMPLATE.md", "GitHub", true),
            tuple("Docs/Pull_Request_Template/feature.md", "GitHub", false),
            tuple(".Gitlab/Merge_Request_Templates/Default.md", "GitLab", true));
    assertThat(review.templates().get(0).checklistItems()).isEqualTo(1);
  }

  @Test
  void settingsAndRulesetsBelowAGithubFolderInAnyCaseAreSources() {
    disk.write(".GitHub/Settings.yml", "repository:\n  default_branch: trunk\n");
    disk.write(".github/policies/main-ruleset.json", "{\"name\": \"main\", \"rules\": []}\n");
    disk.write("config/settings.yml", "repository:\n  default_branch: other\n");

    ReviewSettings review = disk.signal(ReviewSignal.SIGNAL);

    assertThat(review.sources())
        .containsExactly(".GitHub/Settings.yml", ".github/policies/main-ruleset.json");
    assertThat(review.defaultBranch()).contains("trunk");
  }
}
