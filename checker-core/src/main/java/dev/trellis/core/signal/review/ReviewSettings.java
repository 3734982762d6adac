package dev.trellis.core.signal.review;

import dev.trellis.core.signal.SourceProblem;
import java.util.List;
import java.util.Optional;

/**
 * What the repository's files declare about code review: pull and merge request templates, branch
 * protection and rulesets kept as code, and whether a CODEOWNERS file exists. Settings files show
 * intent at this commit; whether the server enforces them is not visible from the repository.
 *
 * @param templates every pull or merge request template, in the order the platforms prefer
 * @param rules every declared review requirement
 * @param sources the settings files read ({@code .github/settings.yml}, rulesets, ...)
 * @param defaultBranch the default branch a settings file names, or the branch of the checked-out
 *     point when none does
 * @param inherits files this one extends and Trellis cannot read ({@code _extends: org/repo})
 * @param codeowners the CODEOWNERS file the platform reads (from the codeowners signal), if any
 * @param problems blocks a platform would not apply (an incomplete protection block) and files that
 *     cannot be read
 */
public record ReviewSettings(
    List<PrTemplate> templates,
    List<BranchRule> rules,
    List<String> sources,
    Optional<String> defaultBranch,
    List<String> inherits,
    List<String> codeowners,
    List<SourceProblem> problems) {
  public ReviewSettings {
    templates = List.copyOf(templates);
    rules = List.copyOf(rules);
    sources = List.copyOf(sources);
    inherits = List.copyOf(inherits);
    codeowners = List.copyOf(codeowners);
    problems = List.copyOf(problems);
  }

  /** The active rules covering {@code branch}. */
  public List<BranchRule> covering(String branch) {
    boolean isDefault = defaultBranch.map(branch::equals).orElse(true);
    return rules.stream().filter(r -> r.active() && r.covers(branch, isDefault)).toList();
  }
}
