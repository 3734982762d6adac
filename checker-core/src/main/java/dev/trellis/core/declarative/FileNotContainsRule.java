package dev.trellis.core.declarative;

import dev.trellis.core.rule.Location;
import dev.trellis.core.rule.Problem;
import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleContext;
import dev.trellis.core.rule.RuleInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code type: file-not-contains}: no file the {@code paths} globs match contains a match of {@code
 * pattern} (RE2/J); every match is a finding at its line and column. Binary files are skipped.
 *
 * <pre>{@code
 * acme/no-internal-hosts: { type: file-not-contains, paths: ["**}{@code /*.yml"], pattern: 'corp\.acme\.internal' }
 * }</pre>
 */
final class FileNotContainsRule extends PathRule {
  static final DeclarativeType TYPE =
      new DeclarativeType(
          "file-not-contains",
          "No file the globs match contains a match of the pattern; every match is a finding at its line.",
          keyDocs(),
          FileNotContainsRule::build);

  private static Map<String, String> keyDocs() {
    Map<String, String> keys = new LinkedHashMap<>();
    keys.put(
        "paths",
        "Globs (required) of the files to check; a glob in the repository's own policy that matches no file is reported.");
    keys.put(
        "pattern",
        "An RE2 regular expression (required): linear time, no backreferences or lookaround.");
    return keys;
  }

  private static Optional<Rule> build(DeclarativeEntry entry) {
    Optional<PathSelection> paths = PathSelection.read(entry);
    Optional<UserPattern> pattern = UserPattern.read(entry);
    if (paths.isEmpty() || pattern.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new FileNotContainsRule(
            DeclarativeRules.info(
                entry,
                "Files matching "
                    + paths.get().describe()
                    + " do not contain '"
                    + pattern.get()
                    + "'"),
            entry.origin(),
            paths.get(),
            pattern.get()));
  }

  private final UserPattern pattern;

  private FileNotContainsRule(
      RuleInfo info, Origin origin, PathSelection paths, UserPattern pattern) {
    super(info, origin, paths);
    this.pattern = pattern;
  }

  @Override
  public void check(RuleContext ctx) {
    paths.forEachText(
        ctx,
        content -> {
          String path = content.path();
          for (UserPattern.Match m : pattern.matches(content.text())) {
            ctx.report(
                Problem.at(
                        Location.at(path, m.line(), m.column()),
                        origin.withMessage(
                            "'"
                                + m.shown()
                                + "' matches '"
                                + pattern
                                + "', which must not appear here."))
                    .withKey(path + ":" + m.text()));
          }
        });
  }
}
