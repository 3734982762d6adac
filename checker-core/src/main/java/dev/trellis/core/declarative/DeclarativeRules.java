package dev.trellis.core.declarative;

import dev.trellis.core.policy.ConfigProblem;
import dev.trellis.core.policy.Suggest;
import dev.trellis.core.policy.YamlDocument;
import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Rules a team declares in YAML, without Java. Each type is one class; this registry reads the
 * common keys ({@code type}, {@code level}, {@code message}, {@code hint}), rejects unknown keys,
 * and lets the type read its own. Every mistake is a {@link ConfigProblem} with file, line and a
 * hint.
 *
 * <pre>{@code
 * rules:
 *   acme/no-env-files:
 *     type: file-absent
 *     paths: ["**}{@code /.env", "**}{@code /*.pem"]
 *     level: error
 *     message: Secrets never live in the repository.
 * }</pre>
 */
public final class DeclarativeRules {
  private DeclarativeRules() {}

  private static final Map<String, DeclarativeType> BY_NAME = registry();

  /** The declarative types, sorted. */
  public static final List<String> TYPES = List.copyOf(BY_NAME.keySet());

  /** The keys every type takes. */
  static final List<String> COMMON_KEYS = List.of("type", "level", "message", "hint");

  private static Map<String, DeclarativeType> registry() {
    Map<String, DeclarativeType> m = new LinkedHashMap<>();
    for (DeclarativeType t :
        List.of(
            FileAbsentRule.TYPE,
            FileContainsRule.TYPE,
            FileExistsRule.TYPE,
            FileNotContainsRule.TYPE,
            MarkdownSectionsRule.TYPE,
            YamlPathRule.TYPE)) {
      m.put(t.name(), t);
    }
    return m;
  }

  /**
   * A declarative type as its documentation shows it.
   *
   * @param name the {@code type:} value
   * @param summary what a rule of this type checks
   * @param keys the type's own keys, in order, with what each sets
   */
  public record TypeDoc(String name, String summary, Map<String, String> keys) {}

  /** Every type with its summary and keys, sorted by name: the source of the generated docs. */
  public static List<TypeDoc> describe() {
    return BY_NAME.values().stream()
        .map(t -> new TypeDoc(t.name(), t.summary(), new LinkedHashMap<>(t.keyDocs())))
        .toList();
  }

  /** The keys a type takes, common ones first; empty for an unknown type. */
  public static List<String> keys(String type) {
    DeclarativeType t = BY_NAME.get(type);
    if (t == null) {
      return List.of();
    }
    List<String> all = new ArrayList<>(COMMON_KEYS);
    all.addAll(t.keys());
    return all;
  }

  /**
   * Builds the rule {@code id} from its policy entry {@code value} (a mapping with {@code type}).
   *
   * @param file the policy file as the user knows it
   * @param ownPolicy whether {@code file} is the repository's own policy file, not a baseline: only
   *     there is a glob that matches nothing in this repository worth reporting
   * @param line the line of the rule id
   * @param problems where mistakes are added
   * @return the rule, or empty when the entry has a mistake
   */
  public static Optional<Rule> create(
      String id,
      Node value,
      String file,
      boolean ownPolicy,
      int line,
      List<ConfigProblem> problems) {
    if (!RuleInfo.ID.matcher(id).matches()) {
      problems.add(
          new ConfigProblem(
              file,
              line,
              "'" + id + "' is not a rule id.",
              "Name declarative rules area/name in lower-kebab case, for example acme/no-env-files."));
      return Optional.empty();
    }
    if (!(value instanceof MappingNode)) {
      problems.add(
          new ConfigProblem(
              file,
              line,
              "declarative rule '" + id + "' takes a mapping of keys.",
              "For example: { type: file-absent, paths: [\"**/.env\"] }"));
      return Optional.empty();
    }
    Map<String, Node> keys = DeclarativeEntry.keysOf(value);
    Map<String, Integer> keyLines = DeclarativeEntry.keyLines(value);
    String type = Optional.ofNullable(keys.get("type")).flatMap(YamlDocument::scalar).orElse("");
    DeclarativeType kind = BY_NAME.get(type);
    if (kind == null) {
      problems.add(
          new ConfigProblem(
              file,
              keyLines.getOrDefault("type", line),
              "unknown declarative rule type '" + type + "' for '" + id + "'.",
              Suggest.didYouMean(type, TYPES).startsWith("Did")
                  ? Suggest.didYouMean(type, TYPES)
                  : "Known types: " + String.join(", ", TYPES) + "."));
      return Optional.empty();
    }
    int before = problems.size();
    List<String> allowed = keys(type);
    for (Map.Entry<String, Integer> k : keyLines.entrySet()) {
      if (!allowed.contains(k.getKey())) {
        problems.add(
            new ConfigProblem(
                file,
                k.getValue(),
                "declarative rule '"
                    + id
                    + "' (type "
                    + type
                    + ") has no key '"
                    + k.getKey()
                    + "'.",
                Suggest.didYouMean(k.getKey(), allowed).startsWith("Did")
                    ? Suggest.didYouMean(k.getKey(), allowed)
                    : "It takes " + String.join(", ", allowed) + "."));
      }
    }
    DeclarativeEntry entry = new DeclarativeEntry(id, type, file, ownPolicy, line, keys, problems);
    Optional<Rule> rule = kind.build(entry);
    return problems.size() == before ? rule : Optional.empty();
  }

  /** The metadata of a declarative rule: its message, hint and level, or plain defaults. */
  static RuleInfo info(DeclarativeEntry entry, String title) {
    String message = entry.message().strip();
    String hint = entry.hint().strip();
    return RuleInfo.builder(entry.id())
        .title(title)
        .rationale(
            message.isEmpty()
                ? "Declared as " + entry.type() + " in " + entry.file() + "."
                : message)
        .defaultLevel(entry.level())
        .fix(
            hint.isEmpty()
                ? "See the rule '" + entry.id() + "' in " + entry.file() + ":" + entry.line() + "."
                : hint)
        .build();
  }
}
