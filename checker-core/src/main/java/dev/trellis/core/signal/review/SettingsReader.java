package dev.trellis.core.signal.review;

import dev.trellis.core.policy.YamlDocument;
import dev.trellis.core.signal.SourceProblem;
import dev.trellis.core.signal.review.BranchRule.Source;
import dev.trellis.core.signal.review.BranchRule.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads review requirements from the Settings app's {@code .github/settings.yml}, exported rulesets
 * (JSON, read with the safe YAML loader so that every value keeps its line) and Google's {@code
 * .github/sync-repo-settings.yaml}. Both spellings of each field are accepted ({@code
 * dismiss_stale_reviews} / {@code dismiss_stale_reviews_on_push}, {@code
 * require_code_owner_reviews} / {@code require_code_owner_review}).
 */
final class SettingsReader {
  static final List<String> PROTECTION_KEYS =
      List.of(
          "required_pull_request_reviews",
          "required_status_checks",
          "enforce_admins",
          "restrictions");

  final List<BranchRule> rules = new ArrayList<>();
  final List<SourceProblem> problems = new ArrayList<>();
  final List<String> inherits = new ArrayList<>();
  Optional<String> defaultBranch = Optional.empty();

  private Optional<Node> parse(String path, String text) {
    YamlDocument.Result r = YamlDocument.parse(path, text.replace('\t', ' '));
    if (!r.problems().isEmpty()) {
      problems.add(
          new SourceProblem(
              path,
              r.problems().get(0).line(),
              "cannot be read: " + r.problems().get(0).message(),
              "Fix the syntax; until then nothing in this file is applied."));
      return Optional.empty();
    }
    return r.root();
  }

  void settingsYml(String path, String text) {
    Optional<Node> root = parse(path, text);
    if (root.isEmpty()) {
      return;
    }
    entry(root.get(), "_extends")
        .flatMap(t -> YamlDocument.scalar(t.getValueNode()))
        .ifPresent(inherits::add);
    entry(root.get(), "repository")
        .flatMap(t -> entry(t.getValueNode(), "default_branch"))
        .flatMap(t -> YamlDocument.scalar(t.getValueNode()))
        .ifPresent(b -> defaultBranch = Optional.of(b));
    entry(root.get(), "branches")
        .ifPresent(
            t -> {
              for (Node branch : YamlDocument.items(t.getValueNode())) {
                branch(path, branch);
              }
            });
    entry(root.get(), "rulesets")
        .ifPresent(
            t -> {
              for (Node ruleset : YamlDocument.items(t.getValueNode())) {
                ruleset(path, ruleset, Source.SETTINGS_RULESET);
              }
            });
  }

  private void branch(String path, Node branch) {
    Optional<String> name = string(branch, "name");
    if (name.isEmpty()) {
      return;
    }
    Optional<NodeTuple> protection = entry(branch, "protection");
    if (protection.isEmpty()) {
      return;
    }
    int line = YamlDocument.line(protection.get().getKeyNode());
    Node p = protection.get().getValueNode();
    if (!(p instanceof MappingNode)) {
      // protection: null removes the branch's protection
      rules.add(
          new BranchRule(
              path,
              line,
              Source.SETTINGS_BRANCH,
              name.get(),
              List.of(name.get()),
              List.of(),
              true,
              Optional.of(new Value<>(0, line)),
              Optional.of(new Value<>(false, line)),
              Optional.of(new Value<>(false, line)),
              Optional.empty()));
      return;
    }
    List<String> missing = PROTECTION_KEYS.stream().filter(k -> entry(p, k).isEmpty()).toList();
    if (!missing.isEmpty()) {
      problems.add(
          new SourceProblem(
              path,
              line,
              "the protection block of branch '"
                  + name.get()
                  + "' lacks "
                  + String.join(", ", missing)
                  + ", and the Settings app applies a protection block only when all four of "
                  + String.join(", ", PROTECTION_KEYS)
                  + " are present, so none of it is applied",
              "Add "
                  + String.join(", ", missing.stream().map(k -> k + ": null").toList())
                  + " (null turns a section off) to the protection block."));
    }
    Optional<NodeTuple> reviews = entry(p, "required_pull_request_reviews");
    Optional<Value<Integer>> approvals = Optional.empty();
    Optional<Value<Boolean>> owners = Optional.empty();
    Optional<Value<Boolean>> stale = Optional.empty();
    Optional<Value<Boolean>> lastPush = Optional.empty();
    if (reviews.isPresent()) {
      int rl = YamlDocument.line(reviews.get().getKeyNode());
      Node r = reviews.get().getValueNode();
      if (r instanceof MappingNode) {
        approvals =
            integer(r, "required_approving_review_count").or(() -> Optional.of(new Value<>(1, rl)));
        owners = bool(r, "require_code_owner_reviews", "require_code_owner_review");
        stale = bool(r, "dismiss_stale_reviews", "dismiss_stale_reviews_on_push");
        lastPush = bool(r, "require_last_push_approval");
      } else {
        approvals = Optional.of(new Value<>(0, rl));
        owners = Optional.of(new Value<>(false, rl));
        stale = Optional.of(new Value<>(false, rl));
      }
    }
    rules.add(
        new BranchRule(
            path,
            line,
            Source.SETTINGS_BRANCH,
            name.get(),
            List.of(name.get()),
            List.of(),
            missing.isEmpty(),
            approvals,
            owners,
            stale,
            lastPush));
  }

  void rulesetJson(String path, String text) {
    Optional<Node> root = parse(path, text);
    if (root.isEmpty()) {
      return;
    }
    if (root.get() instanceof SequenceNode seq) {
      for (Node n : seq.getValue()) {
        ruleset(path, n, Source.RULESET_JSON);
      }
    } else {
      ruleset(path, root.get(), Source.RULESET_JSON);
    }
  }

  private void ruleset(String path, Node ruleset, Source source) {
    String target = string(ruleset, "target").orElse("branch");
    if (!target.equals("branch")) {
      return;
    }
    Node pr = null;
    for (Node rule :
        entry(ruleset, "rules").map(t -> YamlDocument.items(t.getValueNode())).orElse(List.of())) {
      if (string(rule, "type").map("pull_request"::equals).orElse(false)) {
        pr = rule;
      }
    }
    if (pr == null) {
      return;
    }
    String name = string(ruleset, "name").orElse("(unnamed ruleset)");
    boolean active = string(ruleset, "enforcement").map("active"::equals).orElse(false);
    Optional<Node> refName =
        entry(ruleset, "conditions")
            .flatMap(c -> entry(c.getValueNode(), "ref_name"))
            .map(NodeTuple::getValueNode);
    List<String> include = refName.map(r -> refs(r, "include")).orElse(List.of("~DEFAULT_BRANCH"));
    List<String> exclude = refName.map(r -> refs(r, "exclude")).orElse(List.of());
    Node params = entry(pr, "parameters").map(NodeTuple::getValueNode).orElse(pr);
    int prLine = YamlDocument.line(pr);
    rules.add(
        new BranchRule(
            path,
            YamlDocument.line(ruleset),
            source,
            name,
            include,
            exclude,
            active,
            integer(params, "required_approving_review_count")
                .or(() -> Optional.of(new Value<>(0, prLine))),
            bool(params, "require_code_owner_review", "require_code_owner_reviews"),
            bool(params, "dismiss_stale_reviews_on_push", "dismiss_stale_reviews"),
            bool(params, "require_last_push_approval")));
  }

  void syncRepoSettings(String path, String text) {
    Optional<Node> root = parse(path, text);
    if (root.isEmpty()) {
      return;
    }
    Optional<Value<Boolean>> enabled = bool(root.get(), "enabled");
    if (enabled.isPresent() && !enabled.get().value()) {
      return;
    }
    for (Node rule :
        entry(root.get(), "branchProtectionRules")
            .map(t -> YamlDocument.items(t.getValueNode()))
            .orElse(List.of())) {
      int line = YamlDocument.line(rule);
      String pattern = string(rule, "pattern").orElse("master");
      rules.add(
          new BranchRule(
              path,
              line,
              Source.SYNC_REPO_SETTINGS,
              pattern,
              List.of(pattern),
              List.of(),
              true,
              integer(rule, "requiredApprovingReviewCount")
                  .or(() -> Optional.of(new Value<>(1, line))),
              bool(rule, "requiresCodeOwnerReviews")
                  .or(() -> Optional.of(new Value<>(false, line))),
              bool(rule, "dismissesStaleReviews"),
              Optional.empty()));
    }
  }

  private static List<String> refs(Node refName, String key) {
    List<String> out = new ArrayList<>();
    entry(refName, key)
        .ifPresent(
            t -> {
              for (Node n : YamlDocument.items(t.getValueNode())) {
                YamlDocument.scalar(n)
                    .map(s -> s.startsWith("refs/heads/") ? s.substring("refs/heads/".length()) : s)
                    .ifPresent(out::add);
              }
            });
    return out;
  }

  private static Optional<NodeTuple> entry(Node node, String key) {
    for (NodeTuple t : YamlDocument.entries(node)) {
      if (t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> string(Node node, String key) {
    return entry(node, key).flatMap(t -> YamlDocument.scalar(t.getValueNode()));
  }

  private static Optional<Value<Integer>> integer(Node node, String key) {
    Optional<NodeTuple> t = entry(node, key);
    if (t.isEmpty() || !(YamlDocument.plain(t.get().getValueNode()) instanceof Number n)) {
      return Optional.empty();
    }
    return Optional.of(new Value<>(n.intValue(), YamlDocument.line(t.get().getKeyNode())));
  }

  private static Optional<Value<Boolean>> bool(Node node, String... keys) {
    for (String key : keys) {
      Optional<NodeTuple> t = entry(node, key);
      if (t.isPresent()) {
        Object v = YamlDocument.plain(t.get().getValueNode());
        return Optional.of(
            new Value<>(Boolean.TRUE.equals(v), YamlDocument.line(t.get().getKeyNode())));
      }
    }
    return Optional.empty();
  }
}
