package dev.trellis.core.declarative;

import dev.trellis.core.policy.ConfigProblem;
import dev.trellis.core.policy.YamlDocument;
import dev.trellis.core.rule.Location;
import dev.trellis.core.rule.Problem;
import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleContext;
import dev.trellis.core.rule.RuleInfo;
import dev.trellis.core.signal.yaml.YamlFiles;
import dev.trellis.core.signal.yaml.YamlSignal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * {@code type: yaml-path}: a YAML file ({@code file}, or every file the {@code paths} globs match)
 * has a value at the dotted {@code path} ({@code server.port}; a number indexes a list), equal to
 * {@code equals} when given. Files are read through the YAML signal (SnakeYAML's safe node API).
 *
 * <pre>{@code
 * acme/ci-timeout: { type: yaml-path, file: .github/workflows/ci.yml, path: jobs.build.timeout-minutes }
 * acme/dependabot: { type: yaml-path, file: .github/dependabot.yml, path: version, equals: 2 }
 * }</pre>
 */
final class YamlPathRule implements Rule {
  static final DeclarativeType TYPE =
      new DeclarativeType(
          "yaml-path",
          "A YAML file has a value at a dotted path, equal to a given value when one is given.",
          keyDocs(),
          YamlPathRule::build);

  private static Map<String, String> keyDocs() {
    Map<String, String> keys = new LinkedHashMap<>();
    keys.put(
        "path",
        "The dotted path (required), such as server.port; a number indexes a list (jobs.0.name).");
    keys.put(
        "file",
        "The one YAML file to check (this or paths is required); a missing file is a finding.");
    keys.put(
        "paths",
        "Globs of YAML files to check (instead of file); a glob in the repository's own policy that matches no file is reported.");
    keys.put("equals", "The value required at the path; without it, any value will do.");
    return keys;
  }

  private static Optional<Rule> build(DeclarativeEntry entry) {
    Optional<String> path = entry.string("path", "path: server.port");
    Optional<String> file = Optional.empty();
    Optional<PathSelection> paths = Optional.empty();
    if (entry.has("file") && entry.has("paths")) {
      entry.problem(
          "paths",
          "give either 'file' or 'paths', not both.",
          "Use 'file' for one file, 'paths' for globs.");
    } else if (entry.has("paths")) {
      paths = PathSelection.read(entry);
    } else {
      file = entry.string("file", "file: config/application.yml");
    }
    Optional<String> equals = Optional.empty();
    if (entry.has("equals")) {
      Node n = entry.node("equals").orElseThrow();
      if (n instanceof ScalarNode) {
        equals = Optional.of(String.valueOf(YamlDocument.plain(n)));
      } else {
        entry.problem("equals", "'equals' takes a single value.", "For example: equals: 2");
      }
    }
    if (path.isPresent() && path.get().isBlank()) {
      entry.problem("path", "'path' is empty.", "For example: path: server.port");
    }
    if (!entry.valid() || path.isEmpty() || (file.isEmpty() && paths.isEmpty())) {
      return Optional.empty();
    }
    String where = file.isPresent() ? file.get() : paths.get().describe();
    String title = where + " has " + path.get() + equals.map(e -> " = " + e).orElse("");
    return Optional.of(
        new YamlPathRule(
            DeclarativeRules.info(entry, title), entry.origin(), path.get(), file, paths, equals));
  }

  private final RuleInfo info;
  private final Origin origin;
  private final String path;
  private final Optional<String> file;
  private final Optional<PathSelection> paths;
  private final Optional<String> equals;

  private YamlPathRule(
      RuleInfo info,
      Origin origin,
      String path,
      Optional<String> file,
      Optional<PathSelection> paths,
      Optional<String> equals) {
    this.info = info;
    this.origin = origin;
    this.path = path;
    this.file = file;
    this.paths = paths;
    this.equals = equals;
  }

  @Override
  public RuleInfo info() {
    return info;
  }

  @Override
  public void check(RuleContext ctx) {
    YamlFiles yaml = ctx.signal(YamlSignal.SIGNAL);
    if (file.isPresent()) {
      if (!ctx.repo().isFile(file.get())) {
        ctx.report(
            Problem.inRepository(
                    origin.withMessage(
                        file.get()
                            + " does not exist, so it cannot have a value at '"
                            + path
                            + "'."))
                .withKey(file.get() + "#missing"));
        return;
      }
      checkFile(ctx, yaml, file.get());
      return;
    }
    List<String> selected = paths.orElseThrow().select(ctx);
    paths.get().reportUnmatched(ctx, selected);
    for (String f : selected) {
      checkFile(ctx, yaml, f);
    }
  }

  private void checkFile(RuleContext ctx, YamlFiles yaml, String f) {
    Optional<YamlDocument.Result> doc = yaml.get(f);
    if (doc.isEmpty()) {
      return;
    }
    if (doc.get().root().isEmpty()) {
      ConfigProblem why = doc.get().problems().isEmpty() ? null : doc.get().problems().get(0);
      String reason =
          why == null ? "" : why.message().replaceFirst("^this is not valid YAML: ", "");
      ctx.report(
          Problem.at(
                  Location.line(f, why == null ? 0 : why.line()),
                  origin.withMessage(
                      why == null
                          ? "The file is empty, so it has no value at '" + path + "'."
                          : "Not valid YAML, so '" + path + "' cannot be checked: " + reason))
              .withKey(f + "#unreadable"));
      return;
    }
    YamlFiles.Lookup lookup = YamlFiles.find(doc.get().root().get(), path);
    if (lookup.value().isEmpty()) {
      ctx.report(
          Problem.at(
                  Location.line(f, lookup.line()),
                  origin.withMessage(
                      "No value at '"
                          + path
                          + "' (no '"
                          + lookup.missing().orElse("")
                          + "' "
                          + (lookup.found().isEmpty()
                              ? "at the top level"
                              : "under '" + lookup.found() + "'")
                          + ")."))
              .withKey(f + "#" + path));
      return;
    }
    Node value = lookup.value().get();
    if (equals.isEmpty()) {
      return;
    }
    int line = YamlDocument.line(value);
    if (!(value instanceof ScalarNode)) {
      ctx.report(
          Problem.at(
                  Location.line(f, line),
                  origin.withMessage(
                      "'"
                          + path
                          + "' is a "
                          + (value instanceof MappingNode ? "mapping" : "list")
                          + ", expected '"
                          + equals.get()
                          + "'."))
              .withKey(f + "#" + path));
      return;
    }
    String actual = String.valueOf(YamlDocument.plain(value));
    if (!actual.equals(equals.get())) {
      ctx.report(
          Problem.at(
                  Location.line(f, line),
                  origin.withMessage(
                      "'" + path + "' is '" + actual + "', expected '" + equals.get() + "'."))
              .withKey(f + "#" + path));
    }
  }
}
