package dev.trellis.core.declarative;

import dev.trellis.core.rule.Problem;
import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleContext;
import dev.trellis.core.rule.RuleInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code type: file-contains}: every file the {@code paths} globs match contains a match of {@code
 * pattern} (RE2/J); each file that does not is a finding. Binary files are skipped.
 *
 * <pre>{@code
 * acme/license-header: { type: file-contains, paths: ["src/**}{@code /*.java"], pattern: "Copyright \\d{4} Acme" }
 * }</pre>
 */
final class FileContainsRule extends PathRule {
  static final DeclarativeType TYPE =
      new DeclarativeType(
          "file-contains",
          "Every file the globs match contains a match of the pattern; each file that does not is a finding.",
          keyDocs(),
          FileContainsRule::build);

  private static Map<String, String> keyDocs() {
    Map<String, String> keys = new LinkedHashMap<>();
    keys.put(
        "paths",
        "Globs (required) of the files to check; a glob in the repository's own policy that matches no file is reported.");
    keys.put("pattern", "An RE2 regular expression (required); ^ and $ match at line boundaries.");
    return keys;
  }

  private static Optional<Rule> build(DeclarativeEntry entry) {
    Optional<PathSelection> paths = PathSelection.read(entry);
    Optional<UserPattern> pattern = UserPattern.read(entry);
    if (paths.isEmpty() || pattern.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new FileContainsRule(
            DeclarativeRules.info(
                entry,
                "Files matching " + paths.get().describe() + " contain '" + pattern.get() + "'"),
            entry.origin(),
            paths.get(),
            pattern.get()));
  }

  private final UserPattern pattern;

  private FileContainsRule(RuleInfo info, Origin origin, PathSelection paths, UserPattern pattern) {
    super(info, origin, paths);
    this.pattern = pattern;
  }

  @Override
  public void check(RuleContext ctx) {
    paths.forEachText(
        ctx,
        content -> {
          String path = content.path();
          if (!pattern.foundIn(content.text())) {
            ctx.report(
                Problem.inFile(
                        path,
                        origin.withMessage(
                            "The file has no match of '" + pattern + "', which it must contain."))
                    .withKey(path));
          }
        });
  }
}
