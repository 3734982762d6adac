package dev.trellis.core.signal.yaml;

import dev.trellis.core.policy.YamlDocument;
import dev.trellis.core.repo.Repo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The YAML files of one repository point, each composed at most once (SnakeYAML's safe node API
 * through {@link YamlDocument}: no objects are constructed, with limits on aliases, depth and
 * size), on first request. Thread-safe. Cost: one parse per file asked for.
 */
public final class YamlFiles {
  private final Repo repo;
  private final ConcurrentHashMap<String, Optional<YamlDocument.Result>> docs =
      new ConcurrentHashMap<>();

  YamlFiles(Repo repo) {
    this.repo = repo;
  }

  /**
   * The parsed document at {@code path} (its root node, or the problems that stopped it), or empty
   * when it is not a readable text file.
   */
  public Optional<YamlDocument.Result> get(String path) {
    return docs.computeIfAbsent(
        path, p -> repo.read(p).filter(c -> !c.binary()).map(c -> YamlDocument.parse(p, c.text())));
  }

  /**
   * Where a dotted path leads in a document.
   *
   * @param value the node at the path, when every segment was found
   * @param found the segments found, joined with dots (empty when even the first is missing)
   * @param line the line of the last segment found (its key, or its list item), 0 for none
   * @param missing the first segment not found, empty when the value was found
   */
  public record Lookup(Optional<Node> value, String found, int line, Optional<String> missing) {}

  /**
   * Follows {@code dotted} ({@code server.port}, {@code jobs.0.name}: a number indexes a list) from
   * {@code root}.
   */
  public static Lookup find(Node root, String dotted) {
    Node at = root;
    List<String> found = new ArrayList<>();
    int line = 0;
    for (String segment : dotted.split("\\.", -1)) {
      Optional<Node[]> next = child(at, segment);
      if (next.isEmpty()) {
        return new Lookup(Optional.empty(), String.join(".", found), line, Optional.of(segment));
      }
      found.add(segment);
      line = YamlDocument.line(next.get()[0]);
      at = next.get()[1];
    }
    return new Lookup(Optional.of(at), String.join(".", found), line, Optional.empty());
  }

  /** The key (or item) node and the value node of one step, if there. */
  private static Optional<Node[]> child(Node node, String segment) {
    if (node instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        if (YamlDocument.scalar(t.getKeyNode()).filter(segment::equals).isPresent()) {
          return Optional.of(new Node[] {t.getKeyNode(), t.getValueNode()});
        }
      }
    } else if (node instanceof SequenceNode s && segment.matches("[0-9]{1,9}")) {
      int i = Integer.parseInt(segment);
      if (i < s.getValue().size()) {
        return Optional.of(new Node[] {s.getValue().get(i), s.getValue().get(i)});
      }
    }
    return Optional.empty();
  }
}
