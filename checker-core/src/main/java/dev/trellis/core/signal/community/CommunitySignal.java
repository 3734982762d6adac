package dev.trellis.core.signal.community;

import dev.trellis.core.repo.FileContent;
import dev.trellis.core.repo.Folders;
import dev.trellis.core.repo.Repo;
import dev.trellis.core.signal.Signal;
import dev.trellis.core.signal.markdown.MarkdownDoc;
import dev.trellis.core.signal.markdown.MarkdownDocs;
import dev.trellis.core.signal.markdown.MarkdownSignal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Community health files, README purpose, issue templates, changelog and release process: {@code
 * ctx.signal(CommunitySignal.SIGNAL)}.
 *
 * <p>Cost: listings of the root, {@code .github/}, {@code docs/} (each in any case) and the issue
 * template folder, never a pass over the files; reads only the few files found (README, changelog,
 * issue templates, and the top-level docs pages when looking for a release section), Markdown
 * through the shared Markdown signal.
 */
public final class CommunitySignal {
  private CommunitySignal() {}

  public static final Signal<Community> SIGNAL =
      Signal.of(
          "community",
          ctx -> {
            Repo repo = ctx.repo();
            MarkdownDocs md = ctx.signal(MarkdownSignal.SIGNAL);
            CommunityFiles found = CommunityFiles.find(repo);
            Optional<Readme> readme =
                found.used(HealthFile.README).flatMap(p -> readme(repo, md, p));
            IssueTemplates templates =
                IssueTemplates.read(
                    repo,
                    new IssueTemplates.Docs() {
                      @Override
                      public Optional<MarkdownDoc> markdown(String path) {
                        return md.get(path);
                      }

                      @Override
                      public Optional<String> text(String path) {
                        return repo.read(path).filter(c -> !c.binary()).map(FileContent::text);
                      }
                    });
            Optional<Changelog> changelog = changelog(repo, md);
            Optional<Located> release = ReleaseProcess.find(repo, md::get);
            return new Community(found, readme, templates, changelog, release);
          });

  private static Optional<Readme> readme(Repo repo, MarkdownDocs md, String path) {
    if (isMarkdown(path)) {
      return md.get(path).map(Readme::fromMarkdown);
    }
    return repo.read(path).filter(c -> !c.binary()).map(c -> Readme.fromPlainText(path, c.text()));
  }

  private static boolean isMarkdown(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    return lower.endsWith(".md")
        || lower.endsWith(".markdown")
        || lower.endsWith(".mdown")
        || lower.endsWith(".mkdn")
        || lower.endsWith(".mkd");
  }

  /** The changelog at the root (or in {@code docs/}), preferring the names of Keep a Changelog. */
  private static Optional<Changelog> changelog(Repo repo, MarkdownDocs md) {
    for (String folder : List.of("", "docs/")) {
      List<String> files = Folders.files(repo, folder);
      for (String name : Changelog.NAMES) {
        for (String path : files) {
          String file = Folders.lowerName(path);
          int dot = file.indexOf('.');
          String base = dot < 0 ? file : file.substring(0, dot);
          if (!base.equals(name)) {
            continue;
          }
          if (isMarkdown(path)) {
            Optional<MarkdownDoc> doc = md.get(path);
            if (doc.isPresent()) {
              return Optional.of(Changelog.fromMarkdown(doc.get()));
            }
          }
          return Optional.of(new Changelog(path, false, false, List.of()));
        }
      }
    }
    return Optional.empty();
  }
}
