package dev.trellis.core.policy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Safe YAML reading with positions: SnakeYAML composes a node tree (no object construction, so no
 * type tags are ever instantiated), with limits on aliases, nesting depth and size. Problems are
 * returned, not thrown.
 */
public final class YamlDocument {
  /** Policy files larger than this are refused. */
  public static final int MAX_CODE_POINTS = 1_000_000;

  private YamlDocument() {}

  /** Loader options every YAML read in Trellis uses. */
  public static LoaderOptions safeOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(20);
    options.setNestingDepthLimit(40);
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setAllowRecursiveKeys(false);
    options.setProcessComments(false);
    return options;
  }

  /** Parses one document; on a syntax error, a problem with the line and SnakeYAML's reason. */
  public static Result parse(String file, String text) {
    try {
      Node node = new Yaml(safeOptions()).compose(new StringReader(text));
      List<ConfigProblem> problems = new ArrayList<>();
      if (node != null) {
        duplicateKeys(
            file, node, java.util.Collections.newSetFromMap(new IdentityHashMap<>()), problems);
      }
      return new Result(
          problems.isEmpty() ? Optional.ofNullable(node) : Optional.empty(), problems);
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      int line = mark == null ? 0 : mark.getLine() + 1;
      Mark context = e.getContextMark();
      String what =
          (e.getContext() == null
                  ? ""
                  : e.getContext()
                      + (context != null && context.getLine() + 1 != line
                          ? " (from line " + (context.getLine() + 1) + ")"
                          : "")
                      + ", ")
              + (e.getProblem() == null ? "" : e.getProblem());
      return new Result(
          Optional.empty(),
          List.of(
              new ConfigProblem(
                  file,
                  line,
                  "this is not valid YAML: " + what.strip() + ".",
                  "Check the indentation and quoting near this line.")));
    } catch (YAMLException e) {
      return new Result(
          Optional.empty(),
          List.of(
              new ConfigProblem(
                  file,
                  0,
                  "this YAML cannot be read: " + sentence(e.getMessage()),
                  "Keep policy files small, without deep nesting or many aliases.")));
    }
  }

  private static String sentence(String text) {
    String t = text == null ? "" : text.strip();
    return t.endsWith(".") ? t : t + ".";
  }

  /**
   * SnakeYAML checks duplicate keys only when it constructs objects, and Trellis only composes
   * nodes: so they are found here, in every mapping, each node visited once.
   */
  private static void duplicateKeys(
      String file, Node node, java.util.Set<Node> seen, List<ConfigProblem> problems) {
    if (!seen.add(node)) {
      return;
    }
    if (node instanceof MappingNode m) {
      java.util.Set<String> keys = new java.util.HashSet<>();
      for (NodeTuple t : m.getValue()) {
        Optional<String> key = scalar(t.getKeyNode());
        if (key.isPresent() && !keys.add(key.get())) {
          problems.add(
              new ConfigProblem(
                  file,
                  line(t.getKeyNode()),
                  "the key '" + key.get() + "' appears twice in the same mapping.",
                  "Keep one; YAML does not merge repeated keys."));
        }
        duplicateKeys(file, t.getValueNode(), seen, problems);
      }
    } else if (node instanceof SequenceNode s) {
      for (Node n : s.getValue()) {
        duplicateKeys(file, n, seen, problems);
      }
    }
  }

  /** A parsed document or the problems that stopped it. */
  public record Result(Optional<Node> root, List<ConfigProblem> problems) {}

  /** 1-based line of a node. */
  public static int line(Node node) {
    return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
  }

  /** The scalar text of a node, or empty when it is not a scalar. */
  public static Optional<String> scalar(Node node) {
    return node instanceof ScalarNode s ? Optional.of(s.getValue()) : Optional.empty();
  }

  /** The tuples of a mapping node. */
  public static List<NodeTuple> entries(Node node) {
    return node instanceof MappingNode m ? m.getValue() : List.of();
  }

  /** The items of a sequence node, or the node itself when it is a scalar. */
  public static List<Node> items(Node node) {
    if (node instanceof SequenceNode s) {
      return s.getValue();
    }
    return node instanceof ScalarNode ? List.of(node) : List.of();
  }

  /**
   * Converts a node to plain Java values (String, Long, Double, Boolean, List, Map) with YAML 1.1
   * core scalar resolution, and nothing else: no tags are honoured.
   */
  public static Object plain(Node node) {
    if (node instanceof ScalarNode s) {
      String tag = s.getTag().getValue();
      String v = s.getValue();
      if (tag.endsWith(":int")) {
        try {
          return Long.parseLong(v.replace("_", ""));
        } catch (NumberFormatException e) {
          return v;
        }
      }
      if (tag.endsWith(":float")) {
        try {
          return Double.parseDouble(v.replace("_", ""));
        } catch (NumberFormatException e) {
          return v;
        }
      }
      if (tag.endsWith(":bool")) {
        return v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes") || v.equalsIgnoreCase("on");
      }
      if (tag.endsWith(":null")) {
        return null;
      }
      return v;
    }
    if (node instanceof SequenceNode s) {
      List<Object> out = new ArrayList<>();
      for (Node n : s.getValue()) {
        out.add(plain(n));
      }
      return out;
    }
    if (node instanceof MappingNode m) {
      var out = new java.util.LinkedHashMap<String, Object>();
      for (NodeTuple t : m.getValue()) {
        out.put(
            scalar(t.getKeyNode()).orElse(String.valueOf(plain(t.getKeyNode()))),
            plain(t.getValueNode()));
      }
      return out;
    }
    return null;
  }
}
