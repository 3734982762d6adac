package dev.trellis.core.signal.community;

import dev.trellis.core.signal.markdown.MarkdownDoc;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Where the release process is written down: a file of its own ({@code RELEASING.md}, {@code
 * docs/release-process.md}, ...) or a section of the README, CONTRIBUTING, MAINTAINERS or a
 * top-level {@code docs/} page ("Releasing", "Release process", "How to release", ...).
 */
final class ReleaseProcess {
  private ReleaseProcess() {}

  private static final List<String> FILE_NAMES =
      List.of(
          "releasing",
          "release",
          "release-process",
          "release_process",
          "release-checklist",
          "release_checklist",
          "how-to-release",
          "how_to_release",
          "release-guide",
          "release_guide",
          "publishing");

  private static final Pattern HEADING =
      Pattern.compile(
          "\\b(releasing|release process|release procedure|release checklist|release steps"
              + "|release guide|release instructions|release workflow"
              + "|(making|cutting|creating|publishing|doing|preparing|shipping) an? (new )?release"
              + "|how to (make a )?release|how to publish)\\b");

  static Optional<Located> find(List<String> files, Function<String, Optional<MarkdownDoc>> docs) {
    for (String path : files) {
      String lower = path.toLowerCase(Locale.ROOT);
      int slash = lower.lastIndexOf('/');
      String folder = slash < 0 ? "" : lower.substring(0, slash + 1);
      if (!folder.isEmpty() && !folder.equals("docs/") && !folder.equals(".github/")) {
        if (folder.startsWith("docs/release") || folder.startsWith("docs/releasing")) {
          return Optional.of(new Located(path, 0, path));
        }
        continue;
      }
      String name = lower.substring(slash + 1);
      int dot = name.indexOf('.');
      String base = dot < 0 ? name : name.substring(0, dot);
      if (FILE_NAMES.contains(base)) {
        return Optional.of(new Located(path, 0, path));
      }
    }
    for (String path : files) {
      String lower = path.toLowerCase(Locale.ROOT);
      boolean candidate =
          lower.endsWith(".md")
              && (!lower.contains("/") || lower.matches("(docs|\\.github)/[^/]+"))
              && !lower.matches("(.*/)?(changelog|changes|history|news|releases)\\.md");
      if (!candidate) {
        continue;
      }
      Optional<MarkdownDoc> doc = docs.apply(path);
      if (doc.isEmpty()) {
        continue;
      }
      for (MarkdownDoc.Heading h : doc.get().headings()) {
        if (HEADING.matcher(h.normalised()).find()) {
          return Optional.of(new Located(path, h.line(), h.text()));
        }
      }
    }
    return Optional.empty();
  }
}
