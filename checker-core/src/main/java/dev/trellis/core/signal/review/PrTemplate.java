package dev.trellis.core.signal.review;

import java.util.List;

/**
 * A pull or merge request template.
 *
 * @param path where it is
 * @param platform {@code GitHub} or {@code GitLab}
 * @param isDefault whether the platform fills new requests with it (GitHub's single template,
 *     GitLab's {@code Default.md}); false for one of several chosen by name
 * @param headings its headings, as written, with their lines
 * @param checklistItems how many task-list items ({@code - [ ]}) it has
 */
public record PrTemplate(
    String path, String platform, boolean isDefault, List<Heading> headings, int checklistItems) {
  public PrTemplate {
    headings = List.copyOf(headings);
  }

  /** A heading of the template. */
  public record Heading(String text, int line) {}
}
