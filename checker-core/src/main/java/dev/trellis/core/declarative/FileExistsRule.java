package dev.trellis.core.declarative;

import dev.trellis.core.rule.Problem;
import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleContext;
import dev.trellis.core.rule.RuleInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code type: file-exists}: at least one file matches one of the {@code paths} globs.
 *
 * <pre>{@code
 * acme/license: { type: file-exists, paths: [LICENSE, LICENSE.md], message: "Every repo states its licence." }
 * }</pre>
 */
final class FileExistsRule extends PathRule {
  static final DeclarativeType TYPE =
      new DeclarativeType(
          "file-exists",
          "At least one file matches one of the globs; otherwise one finding about the repository.",
          keyDocs(),
          FileExistsRule::build);

  private static Map<String, String> keyDocs() {
    Map<String, String> keys = new LinkedHashMap<>();
    keys.put("paths", "Globs (required); at least one file must match one of them.");
    return keys;
  }

  private static Optional<Rule> build(DeclarativeEntry entry) {
    return PathSelection.read(entry)
        .map(
            p ->
                new FileExistsRule(
                    DeclarativeRules.info(entry, "A file matching " + p.describe() + " exists"),
                    entry.origin(),
                    p));
  }

  private FileExistsRule(RuleInfo info, Origin origin, PathSelection paths) {
    super(info, origin, paths);
  }

  @Override
  public void check(RuleContext ctx) {
    if (paths.select(ctx).isEmpty()) {
      ctx.report(
          Problem.inRepository(
                  origin.withMessage(
                      "No file matches " + paths.describe() + "; at least one must exist."))
              .withKey("missing"));
    }
  }
}
