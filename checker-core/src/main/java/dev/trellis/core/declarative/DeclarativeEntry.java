package dev.trellis.core.declarative;

import dev.trellis.core.policy.ConfigProblem;
import dev.trellis.core.policy.YamlDocument;
import dev.trellis.core.rule.Level;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * One declarative rule as a policy writes it, with the line of every key, for a {@link
 * DeclarativeType} to read. Reading a key that is missing or of the wrong shape records a {@link
 * ConfigProblem} with file, line and hint.
 */
public final class DeclarativeEntry {
  private final String id;
  private final String type;
  private final String file;
  private final boolean ownPolicy;
  private final int line;
  private final Map<String, Node> keys;
  private final List<ConfigProblem> problems;
  private final int problemsBefore;

  DeclarativeEntry(
      String id,
      String type,
      String file,
      boolean ownPolicy,
      int line,
      Map<String, Node> keys,
      List<ConfigProblem> problems) {
    this.id = id;
    this.type = type;
    this.file = file;
    this.ownPolicy = ownPolicy;
    this.line = line;
    this.keys = new LinkedHashMap<>(keys);
    this.problems = problems;
    this.problemsBefore = problems.size();
  }

  public String id() {
    return id;
  }

  public String type() {
    return type;
  }

  /** The policy file as the user knows it ({@code trellis.yml}, {@code classpath:acme/b.yml}). */
  public String file() {
    return file;
  }

  /** The line of the rule's id in the policy file. */
  public int line() {
    return line;
  }

  public boolean has(String key) {
    return keys.containsKey(key);
  }

  /** The line of a key's value, else of the rule. */
  public int line(String key) {
    Node n = keys.get(key);
    return n == null ? line : YamlDocument.line(n);
  }

  /** Whether reading this entry found no problem so far. */
  boolean valid() {
    return problems.size() == problemsBefore;
  }

  /** The {@code message:} of the rule, empty when it has none. */
  public String message() {
    return optionalString("message").orElse("");
  }

  /** The {@code hint:} of the rule, empty when it has none. */
  public String hint() {
    return optionalString("hint").orElse("");
  }

  /** The {@code level:}, or {@code error}; a bad level is reported by the policy loader. */
  public Level level() {
    return Optional.ofNullable(keys.get("level"))
        .flatMap(YamlDocument::scalar)
        .flatMap(Level::parse)
        .orElse(Level.ERROR);
  }

  /** A required scalar; when missing or not a scalar, a problem and empty. */
  public Optional<String> string(String key, String example) {
    if (!require(key, example)) {
      return Optional.empty();
    }
    return optionalString(key);
  }

  /** An optional scalar; a problem when it is there but not a scalar. */
  public Optional<String> optionalString(String key) {
    Node n = keys.get(key);
    if (n == null) {
      return Optional.empty();
    }
    if (!(n instanceof ScalarNode s)) {
      problem(key, "'" + key + "' takes a single value.", "");
      return Optional.empty();
    }
    return Optional.of(s.getValue());
  }

  /**
   * A required list of strings (a single value counts as a list of one), each with its line; a
   * problem when missing, empty, or holding something else than plain values.
   */
  public List<Item> strings(String key, String example) {
    if (!require(key, example)) {
      return List.of();
    }
    Node n = keys.get(key);
    List<Node> nodes = n instanceof SequenceNode s ? s.getValue() : List.of(n);
    List<Item> out = new ArrayList<>();
    for (Node item : nodes) {
      Optional<String> text = YamlDocument.scalar(item);
      if (text.isEmpty() || text.get().isBlank()) {
        problem(key, "'" + key + "' takes a list of non-empty values.", "For example: " + example);
        return List.of();
      }
      out.add(new Item(text.get(), YamlDocument.line(item)));
    }
    if (out.isEmpty()) {
      problem(key, "'" + key + "' is empty.", "For example: " + example);
    }
    return out;
  }

  /** The node of a key, if present, for values of any shape ({@code equals}). */
  public Optional<Node> node(String key) {
    return Optional.ofNullable(keys.get(key));
  }

  /** Records that a required key is missing, unless it is there. */
  public boolean require(String key, String example) {
    if (keys.containsKey(key)) {
      return true;
    }
    problems.add(
        new ConfigProblem(
            file,
            line,
            "declarative rule '" + id + "' (type " + type + ") needs '" + key + "'.",
            "Add it, for example: " + example));
    return false;
  }

  /** Records a problem at a key's line. */
  public void problem(String key, String message, String hint) {
    problems.add(
        new ConfigProblem(
            file,
            line(key),
            "declarative rule '" + id + "': " + message,
            hint == null ? "" : hint));
  }

  /** What the built rule keeps of its entry. */
  public Origin origin() {
    return new Origin(id, file, message().strip(), ownPolicy);
  }

  /** One value of a list key, with its line. */
  public record Item(String text, int line) {}

  static Map<String, Node> keysOf(Node mapping) {
    Map<String, Node> out = new LinkedHashMap<>();
    for (NodeTuple t : YamlDocument.entries(mapping)) {
      out.put(YamlDocument.scalar(t.getKeyNode()).orElse(""), t.getValueNode());
    }
    return out;
  }

  /** The line of each key (not value), for unknown-key problems. */
  static Map<String, Integer> keyLines(Node mapping) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (NodeTuple t : YamlDocument.entries(mapping)) {
      out.put(YamlDocument.scalar(t.getKeyNode()).orElse(""), YamlDocument.line(t.getKeyNode()));
    }
    return out;
  }
}
