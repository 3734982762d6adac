package dev.trellis.core.declarative;

import dev.trellis.core.glob.Glob;
import dev.trellis.core.policy.ConfigProblem;
import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.Problem;
import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleContext;
import dev.trellis.core.rule.RuleInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rules a team declares in YAML, without Java: {@code file-exists}, {@code file-absent}, ... Each
 * is built from its policy entry; mistakes in the entry are configuration problems.
 */
public final class DeclarativeRules {
  private DeclarativeRules() {}

  /** The declarative types. */
  public static final List<String> TYPES = List.of("file-absent", "file-exists");

  public static Optional<Rule> create(
      String id, Map<String, Object> config, String file, int line, List<ConfigProblem> problems) {
    if (!RuleInfo.ID.matcher(id).matches()) {
      problems.add(
          new ConfigProblem(
              file,
              line,
              "'" + id + "' is not a rule id.",
              "Name declarative rules area/name in lower-kebab case, for example acme/no-env-files."));
      return Optional.empty();
    }
    String type = String.valueOf(config.get("type"));
    List<String> paths =
        config.get("paths") instanceof List<?> l
            ? l.stream().map(String::valueOf).toList()
            : List.of();
    String message = config.get("message") == null ? "" : config.get("message").toString();
    Level level =
        Level.parse(String.valueOf(config.getOrDefault("level", "error"))).orElse(Level.ERROR);
    RuleInfo info =
        RuleInfo.builder(id)
            .title(message.isEmpty() ? type + " " + paths : message)
            .rationale(message.isEmpty() ? "Declared by the policy." : message)
            .defaultLevel(level)
            .fix(
                String.valueOf(
                    config.getOrDefault("hint", "See the policy that declares this rule.")))
            .build();
    List<Glob> globs = Glob.all(paths);
    return switch (type) {
      case "file-absent" ->
          Optional.of(
              new Rule() {
                @Override
                public RuleInfo info() {
                  return info;
                }

                @Override
                public void check(RuleContext ctx) {
                  for (String f : ctx.repo().files()) {
                    if (Glob.anyMatches(globs, f)) {
                      ctx.report(
                          Problem.inFile(
                              f,
                              f
                                  + " must not be in the repository"
                                  + (message.isEmpty() ? "." : ": " + message)));
                    }
                  }
                }
              });
      case "file-exists" ->
          Optional.of(
              new Rule() {
                @Override
                public RuleInfo info() {
                  return info;
                }

                @Override
                public void check(RuleContext ctx) {
                  for (String f : ctx.repo().files()) {
                    if (Glob.anyMatches(globs, f)) {
                      return;
                    }
                  }
                  ctx.report(
                      Problem.inRepository(
                          "No file matches " + paths + (message.isEmpty() ? "." : ": " + message)));
                }
              });
      default -> {
        problems.add(
            new ConfigProblem(
                file,
                line,
                "unknown declarative rule type '" + type + "'.",
                "Known types: " + String.join(", ", TYPES) + "."));
        yield Optional.empty();
      }
    };
  }
}
