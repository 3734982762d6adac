package dev.trellis.core.signal.review;

import java.util.List;
import java.util.Optional;

/**
 * One declared review requirement for a set of branches, as one settings file states it. Values a
 * source does not state are empty (not "off"): several sources are combined the way GitHub does,
 * the most restrictive value winning.
 *
 * @param path the file that declares it
 * @param line the line of the block (branch entry, ruleset, rule)
 * @param source which format declared it
 * @param name the branch name or ruleset name as written
 * @param branches branch names or patterns ({@code main}, {@code release/*}, {@code
 *     ~DEFAULT_BRANCH}, {@code ~ALL}), {@code refs/heads/} removed
 * @param excluded branch names or patterns a ruleset excludes
 * @param active whether the source would apply it: a ruleset in {@code active} enforcement, a
 *     complete protection block
 * @param approvals required approving reviews, with the line of the key
 * @param codeOwnerReview whether a code owner must approve, with the line of the key
 * @param dismissStale whether new commits dismiss approvals, with the line of the key
 * @param lastPushApproval whether the last push needs another person's approval
 */
public record BranchRule(
    String path,
    int line,
    Source source,
    String name,
    List<String> branches,
    List<String> excluded,
    boolean active,
    Optional<Value<Integer>> approvals,
    Optional<Value<Boolean>> codeOwnerReview,
    Optional<Value<Boolean>> dismissStale,
    Optional<Value<Boolean>> lastPushApproval) {

  public BranchRule {
    branches = List.copyOf(branches);
    excluded = List.copyOf(excluded);
  }

  /** A declared value and the line it is declared on. */
  public record Value<T>(T value, int line) {}

  /** The formats review requirements are declared in. */
  public enum Source {
    /** {@code branches[].protection} of the Settings app's {@code .github/settings.yml}. */
    SETTINGS_BRANCH("branch protection in the Settings app file"),
    /** {@code rulesets[]} of {@code .github/settings.yml}. */
    SETTINGS_RULESET("ruleset in the Settings app file"),
    /** An exported repository ruleset (JSON). */
    RULESET_JSON("exported ruleset"),
    /** {@code branchProtectionRules[]} of {@code .github/sync-repo-settings.yaml}. */
    SYNC_REPO_SETTINGS("sync-repo-settings rule");

    private final String label;

    Source(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * Whether this rule covers {@code branch}, which is the default branch when {@code isDefault}.
   */
  public boolean covers(String branch, boolean isDefault) {
    boolean included = false;
    for (String p : branches) {
      if (matches(p, branch, isDefault)) {
        included = true;
        break;
      }
    }
    if (!included) {
      return false;
    }
    for (String p : excluded) {
      if (matches(p, branch, isDefault)) {
        return false;
      }
    }
    return true;
  }

  private static boolean matches(String pattern, String branch, boolean isDefault) {
    if (pattern.equals("~ALL")) {
      return true;
    }
    if (pattern.equals("~DEFAULT_BRANCH")) {
      return isDefault;
    }
    return glob(pattern, branch);
  }

  /** GitHub's branch patterns: {@code *} within a segment, {@code **} across segments. */
  static boolean glob(String pattern, String name) {
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '*') {
        if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
          re.append(".*");
          i++;
        } else {
          re.append("[^/]*");
        }
      } else if (c == '?') {
        re.append("[^/]");
      } else if ("\\.[]{}()+-^$|".indexOf(c) >= 0) {
        re.append('\\').append(c);
      } else {
        re.append(c);
      }
    }
    return name.matches(re.toString());
  }
}
