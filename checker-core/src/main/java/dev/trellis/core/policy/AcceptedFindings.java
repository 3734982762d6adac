package dev.trellis.core.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trellis.core.repo.FileContent;
import dev.trellis.core.repo.Repo;
import dev.trellis.core.rule.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code .trellis/accepted.json}: the findings a team accepted when it adopted Trellis, by
 * fingerprint (rule, path and subject; never a line number), so that later runs fail only on new
 * ones. The file is sorted and holds one finding a line, so its diffs read well:
 *
 * <pre>{@code
 * {
 *   "schema": "trellis-accepted/1",
 *   "findings": [
 *     {"fingerprint":"0c5e2d7a91b3f4e8","rule":"adr/status","path":"docs/adr/0003-queue.md"},
 *     {"fingerprint":"9a0f...","rule":"rituals/contributing","path":""}
 *   ]
 * }
 * }</pre>
 *
 * Findings of the {@code policy/} checks and {@code engine/} failures are never accepted: they are
 * fixed in the policy file or the rule, not lived with.
 */
public final class AcceptedFindings {
  /** Where the file lives, relative to the repository root. */
  public static final String PATH = ".trellis/accepted.json";

  public static final String SCHEMA = "trellis-accepted/1";

  /** Made on first use: most repositories have no such file, and Jackson is slow to start. */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  private AcceptedFindings() {}

  /**
   * One accepted finding. Rule and path are there for the people reading the diff; the fingerprint
   * is what matches.
   */
  public record Entry(String fingerprint, String rule, String path) {
    static final Comparator<Entry> ORDER =
        Comparator.comparing(Entry::rule)
            .thenComparing(Entry::path)
            .thenComparing(Entry::fingerprint);
  }

  /** Whether a finding may be accepted. */
  public static boolean acceptable(Finding f) {
    return f.status() != Finding.Status.WAIVED
        && !PolicyChecks.isPolicyCheck(f.ruleId())
        && !f.ruleId().startsWith("engine/");
  }

  /**
   * The accepted findings of this repository point, by fingerprint; empty when there is no file.
   *
   * @throws ConfigException when the file is not what {@link #render} writes
   */
  public static Map<String, Entry> read(Repo repo) {
    Optional<FileContent> content = repo.read(PATH);
    if (content.isEmpty()) {
      return Map.of();
    }
    return parse(content.get().text());
  }

  /** The accepted findings in the work tree at {@code root}; empty when there is no file. */
  public static Map<String, Entry> readFile(Path root) throws IOException {
    Path file = root.resolve(PATH);
    if (!Files.isRegularFile(file)) {
      return Map.of();
    }
    return parse(Files.readString(file, StandardCharsets.UTF_8));
  }

  static Map<String, Entry> parse(String text) {
    String hint = "Delete it and run 'trellis accept' to write it again.";
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new ConfigException(
          new ConfigProblem(
              PATH, line, "this is not valid JSON: " + e.getOriginalMessage() + ".", hint));
    }
    if (root == null || !root.isObject() || !root.path("findings").isArray()) {
      throw new ConfigException(
          new ConfigProblem(PATH, 1, "expected an object with a 'findings' list.", hint));
    }
    if (!SCHEMA.equals(root.path("schema").asText())) {
      throw new ConfigException(
          new ConfigProblem(
              PATH,
              1,
              "unknown schema '" + root.path("schema").asText() + "'; expected '" + SCHEMA + "'.",
              hint));
    }
    Map<String, Entry> out = new TreeMap<>();
    for (JsonNode n : root.path("findings")) {
      String fp = n.path("fingerprint").asText("");
      if (fp.isEmpty()) {
        throw new ConfigException(
            new ConfigProblem(PATH, 0, "an entry has no 'fingerprint': " + n + ".", hint));
      }
      out.put(fp, new Entry(fp, n.path("rule").asText(""), n.path("path").asText("")));
    }
    return out;
  }

  /** The entries for the acceptable findings of a run, sorted, without duplicates. */
  public static List<Entry> entriesOf(Collection<Finding> findings) {
    Map<String, Entry> byFingerprint = new TreeMap<>();
    for (Finding f : findings) {
      if (acceptable(f)) {
        byFingerprint.putIfAbsent(
            f.fingerprint(), new Entry(f.fingerprint(), f.ruleId(), f.location().pathOrEmpty()));
      }
    }
    List<Entry> out = new ArrayList<>(byFingerprint.values());
    out.sort(Entry.ORDER);
    return out;
  }

  /** The file's text: stable, sorted, one entry a line. */
  public static String render(Collection<Entry> entries) {
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(Entry.ORDER);
    StringBuilder out = new StringBuilder();
    out.append("{\n  \"schema\": \"").append(SCHEMA).append("\",\n  \"findings\": [");
    for (int i = 0; i < sorted.size(); i++) {
      Entry e = sorted.get(i);
      ObjectNode n = Json.MAPPER.createObjectNode();
      n.put("fingerprint", e.fingerprint()).put("rule", e.rule()).put("path", e.path());
      out.append(i == 0 ? "\n    " : ",\n    ").append(n.toString());
    }
    out.append(sorted.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
    return out.toString();
  }

  /**
   * Writes the accepted findings of {@code findings} (a fresh run) to {@code root/.trellis/
   * accepted.json}, replacing what was there: entries no finding matches any more are dropped.
   */
  public static Written write(Path root, Collection<Finding> findings, Map<String, Entry> before)
      throws IOException {
    List<Entry> entries = entriesOf(findings);
    Path file = root.resolve(PATH);
    Files.createDirectories(file.getParent());
    Files.writeString(file, render(entries), StandardCharsets.UTF_8);
    long added = entries.stream().filter(e -> !before.containsKey(e.fingerprint())).count();
    long kept = entries.size() - added;
    return new Written(file, entries.size(), (int) added, before.size() - (int) kept);
  }

  /**
   * What {@link #write} did.
   *
   * @param file the file written
   * @param total entries in it
   * @param added entries that are new
   * @param dropped former entries that no finding matches any more (fixed)
   */
  public record Written(Path file, int total, int added, int dropped) {}
}
