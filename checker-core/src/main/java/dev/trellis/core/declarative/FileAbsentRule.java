package dev.trellis.core.declarative;

import dev.trellis.core.rule.Problem;
import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleContext;
import dev.trellis.core.rule.RuleInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code type: file-absent}: no file matches the {@code paths} globs; each one that does is a
 * finding. A glob matching nothing is the passing case here, not rotted configuration.
 *
 * <pre>{@code
 * acme/no-env-files: { type: file-absent, paths: ["**}{@code /.env", "**}{@code /*.pem"] }
 * }</pre>
 */
final class FileAbsentRule extends PathRule {
  static final DeclarativeType TYPE =
      new DeclarativeType(
          "file-absent",
          "No file matches the globs; each file that does is a finding.",
          keyDocs(),
          FileAbsentRule::build);

  private static Map<String, String> keyDocs() {
    Map<String, String> keys = new LinkedHashMap<>();
    keys.put("paths", "Globs (required) of files that must not be in the repository.");
    return keys;
  }

  private static Optional<Rule> build(DeclarativeEntry entry) {
    return PathSelection.read(entry)
        .map(
            p ->
                new FileAbsentRule(
                    DeclarativeRules.info(entry, "No file matches " + p.describe()),
                    entry.origin(),
                    p));
  }

  private FileAbsentRule(RuleInfo info, Origin origin, PathSelection paths) {
    super(info, origin, paths);
  }

  @Override
  public void check(RuleContext ctx) {
    for (String path : paths.select(ctx)) {
      String glob = paths.globs().first(path).map(Object::toString).orElse("?");
      ctx.report(
          Problem.inFile(
                  path,
                  origin.withMessage(
                      "The file matches '" + glob + "' and must not be in the repository."))
              .withKey(path));
    }
  }
}
