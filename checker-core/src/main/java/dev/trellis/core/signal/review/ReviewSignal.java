package dev.trellis.core.signal.review;

import dev.trellis.core.repo.FileContent;
import dev.trellis.core.repo.Folders;
import dev.trellis.core.repo.Repo;
import dev.trellis.core.signal.Signal;
import dev.trellis.core.signal.codeowners.CodeownersSignal;
import dev.trellis.core.signal.history.HistorySignal;
import dev.trellis.core.signal.markdown.MarkdownDoc;
import dev.trellis.core.signal.markdown.MarkdownDocs;
import dev.trellis.core.signal.markdown.MarkdownSignal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Review settings kept in the repository: {@code ctx.signal(ReviewSignal.SIGNAL)}.
 *
 * <p>Reads pull-request templates where GitHub looks ({@code pull_request_template.md} or {@code
 * .txt}, any case, in {@code .github/}, the root and {@code docs/}, and {@code
 * PULL_REQUEST_TEMPLATE/} folders there) and GitLab's {@code .gitlab/merge_request_templates/};
 * {@code .github/settings.yml}, rulesets exported as JSON under {@code .github/rulesets/} (or any
 * {@code .github/} JSON file named {@code *ruleset*}), and {@code .github/sync-repo-settings.yaml}.
 * Cost: listings of those folders (in any case) and the files below {@code .github/}, never a pass
 * over every file; then only those few files.
 */
public final class ReviewSignal {
  private ReviewSignal() {}

  static final List<String> TEMPLATE_DIRS = List.of(".github/", "", "docs/");

  public static final Signal<ReviewSettings> SIGNAL =
      Signal.of(
          "review",
          ctx -> {
            Repo repo = ctx.repo();
            MarkdownDocs md = ctx.signal(MarkdownSignal.SIGNAL);
            List<PrTemplate> templates = templates(repo, md);
            SettingsReader reader = new SettingsReader();
            List<String> sources = new ArrayList<>();
            for (String path : filesUnderGithub(repo)) {
              String lower = path.toLowerCase(Locale.ROOT);
              Optional<String> text = Optional.empty();
              if (lower.equals(".github/settings.yml") || lower.equals(".github/settings.yaml")) {
                text = read(repo, path);
                text.ifPresent(t -> reader.settingsYml(path, t));
              } else if (lower.equals(".github/sync-repo-settings.yaml")
                  || lower.equals(".github/sync-repo-settings.yml")) {
                text = read(repo, path);
                text.ifPresent(t -> reader.syncRepoSettings(path, t));
              } else if (lower.startsWith(".github/")
                  && lower.endsWith(".json")
                  && (lower.startsWith(".github/rulesets/")
                      || lower.substring(lower.lastIndexOf('/')).contains("ruleset"))) {
                text = read(repo, path);
                text.ifPresent(t -> reader.rulesetJson(path, t));
              }
              if (text.isPresent()) {
                sources.add(path);
              }
            }
            Optional<String> defaultBranch =
                reader.defaultBranch.or(() -> ctx.signal(HistorySignal.SIGNAL).branch());
            List<String> codeowners =
                ctx.signal(CodeownersSignal.SIGNAL)
                    .file()
                    .map(f -> List.of(f.path()))
                    .orElse(List.of());
            return new ReviewSettings(
                templates,
                reader.rules,
                sources,
                defaultBranch,
                reader.inherits,
                codeowners,
                reader.problems);
          });

  private static Optional<String> read(Repo repo, String path) {
    return repo.read(path).filter(c -> !c.binary()).map(FileContent::text);
  }

  /** Every file below {@code .github/} (in any case), in path order. */
  private static List<String> filesUnderGithub(Repo repo) {
    List<String> out = new ArrayList<>();
    for (String github : Folders.named(repo, ".github/")) {
      out.addAll(repo.filesUnder(github));
    }
    return out;
  }

  static List<PrTemplate> templates(Repo repo, MarkdownDocs md) {
    List<PrTemplate> single = new ArrayList<>();
    List<PrTemplate> many = new ArrayList<>();
    for (String dir : TEMPLATE_DIRS) {
      for (String path : Folders.files(repo, dir)) {
        String name = Folders.lowerName(path);
        if (name.equals("pull_request_template.md")
            || name.equals("pull_request_template.txt")
            || name.equals("pull_request_template")) {
          single.add(template(path, "GitHub", true, md));
        }
      }
      for (String path : Folders.files(repo, dir + "pull_request_template/")) {
        String name = Folders.lowerName(path);
        if (name.endsWith(".md") || name.endsWith(".txt")) {
          many.add(template(path, "GitHub", false, md));
        }
      }
    }
    for (String path : Folders.files(repo, ".gitlab/merge_request_templates/")) {
      String name = Folders.lowerName(path);
      if (name.endsWith(".md")) {
        many.add(template(path, "GitLab", name.equals("default.md"), md));
      }
    }
    List<PrTemplate> out = new ArrayList<>(single);
    out.addAll(many);
    return out;
  }

  private static PrTemplate template(String path, String platform, boolean dflt, MarkdownDocs md) {
    Optional<MarkdownDoc> doc =
        path.toLowerCase(Locale.ROOT).endsWith(".txt") ? Optional.empty() : md.get(path);
    List<PrTemplate.Heading> headings =
        doc.map(
                d ->
                    d.headings().stream()
                        .map(h -> new PrTemplate.Heading(h.text(), h.line()))
                        .toList())
            .orElse(List.of());
    int checklist =
        doc.map(d -> (int) d.items().stream().filter(i -> i.checked().isPresent()).count())
            .orElse(0);
    return new PrTemplate(path, platform, dflt, headings, checklist);
  }
}
