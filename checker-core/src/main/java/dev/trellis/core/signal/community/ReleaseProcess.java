package dev.trellis.core.signal.community;

import dev.trellis.core.repo.Folders;
import dev.trellis.core.repo.Repo;
import dev.trellis.core.signal.markdown.MarkdownDoc;
import java.util.ArrayList;
import java.util.Collections;
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

  /** The top-level folders a release page may be in, in any case. */
  private static final List<String> FOLDERS = List.of("", "docs/", ".github/");

  /**
   * The first place, in path order, where the release process is written. Cost: listings of the
   * root, {@code .github/} and {@code docs/}; then the top-level Markdown pages until one has a
   * release heading.
   */
  static Optional<Located> find(Repo repo, Function<String, Optional<MarkdownDoc>> docs) {
    List<String> pages = new ArrayList<>();
    for (String folder : FOLDERS) {
      pages.addAll(Folders.files(repo, folder));
    }
    Collections.sort(pages);
    Optional<String> own = pages.stream().filter(ReleaseProcess::namedForReleases).findFirst();
    // or a folder of its own, docs/release*/: the first file below it
    for (String docsDir : Folders.named(repo, "docs/")) {
      for (String entry : repo.list(docsDir)) {
        if (entry.endsWith("/") && entry.toLowerCase(Locale.ROOT).startsWith("release")) {
          String first = repo.filesUnder(docsDir + entry).get(0);
          if (own.isEmpty() || first.compareTo(own.get()) < 0) {
            own = Optional.of(first);
          }
        }
      }
    }
    if (own.isPresent()) {
      return Optional.of(new Located(own.get(), 0, own.get()));
    }
    for (String path : pages) {
      String lower = path.toLowerCase(Locale.ROOT);
      boolean candidate =
          lower.endsWith(".md")
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

  /** A top-level page named for the release process ({@code RELEASING.md}). */
  private static boolean namedForReleases(String path) {
    String name = Folders.lowerName(path);
    int dot = name.indexOf('.');
    return FILE_NAMES.contains(dot < 0 ? name : name.substring(0, dot));
  }
}
