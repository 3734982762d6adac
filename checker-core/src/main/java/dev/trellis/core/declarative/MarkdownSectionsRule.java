package dev.trellis.core.declarative;

import dev.trellis.core.rule.Problem;
import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleContext;
import dev.trellis.core.rule.RuleInfo;
import dev.trellis.core.signal.markdown.MarkdownDoc;
import dev.trellis.core.signal.markdown.MarkdownDocs;
import dev.trellis.core.signal.markdown.MarkdownSignal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code type: markdown-sections}: every Markdown file the {@code paths} globs match has a heading
 * (of any level) for each of {@code sections}, compared case-insensitively and without emphasis or
 * trailing punctuation. Headings come from the Markdown signal (commonmark), so a {@code #} inside
 * a code block is no heading.
 *
 * <pre>{@code
 * acme/runbook: { type: markdown-sections, paths: ["services/*}{@code /RUNBOOK.md"], sections: [Alerts, Rollback] }
 * }</pre>
 */
final class MarkdownSectionsRule extends PathRule {
  static final DeclarativeType TYPE =
      new DeclarativeType(
          "markdown-sections",
          "Every Markdown file the globs match has a heading (any level) for each section, compared case-insensitively.",
          keyDocs(),
          MarkdownSectionsRule::build);

  private static Map<String, String> keyDocs() {
    Map<String, String> keys = new LinkedHashMap<>();
    keys.put(
        "paths",
        "Globs (required) of the Markdown files to check; a glob in the repository's own policy that matches no file is reported.");
    keys.put("sections", "The headings (required) each file must have.");
    return keys;
  }

  private static Optional<Rule> build(DeclarativeEntry entry) {
    Optional<PathSelection> paths = PathSelection.read(entry);
    List<String> sections =
        entry.strings("sections", "sections: [Usage, Contributing]").stream()
            .map(DeclarativeEntry.Item::text)
            .toList();
    if (paths.isEmpty() || sections.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new MarkdownSectionsRule(
            DeclarativeRules.info(
                entry,
                "Markdown files matching "
                    + paths.get().describe()
                    + " have the sections "
                    + String.join(", ", sections)),
            entry.origin(),
            paths.get(),
            sections));
  }

  private final List<String> sections;

  private MarkdownSectionsRule(
      RuleInfo info, Origin origin, PathSelection paths, List<String> sections) {
    super(info, origin, paths);
    this.sections = List.copyOf(sections);
  }

  @Override
  public void check(RuleContext ctx) {
    List<String> selected = paths.select(ctx);
    paths.reportUnmatched(ctx, selected);
    MarkdownDocs docs = ctx.signal(MarkdownSignal.SIGNAL);
    for (String path : selected) {
      Optional<MarkdownDoc> doc = docs.get(path);
      if (doc.isEmpty()) {
        continue;
      }
      for (String section : sections) {
        if (doc.get().heading(section).isEmpty()) {
          ctx.report(
              Problem.inFile(
                      path,
                      origin.withMessage(
                          path
                              + " has no section '"
                              + section
                              + "'. Add a heading '"
                              + section
                              + "' (any level)."))
                  .withKey(path + "#" + MarkdownDoc.normalise(section)));
        }
      }
    }
  }
}
