package dev.trellis.core.rule;

/**
 * A judgment over the facts of a repository. One class per rule; it reads signals and options and
 * reports problems. It parses nothing and opens no file: what it needs comes from {@link
 * RuleContext}.
 *
 * <p>Teams add their own rules by implementing this interface and registering the class in {@code
 * META-INF/services/dev.trellis.core.rule.Rule}; the jar goes on the Maven plugin's dependencies or
 * the CLI's {@code --rules-path}.
 *
 * <p>Example:
 *
 * <pre>{@code
 * public final class ReadmeRule implements Rule {
 *   private static final RuleInfo INFO = RuleInfo.builder("acme/readme")
 *       .title("The repository has a README").rationale("...").fix("Add README.md.").build();
 *   public RuleInfo info() { return INFO; }
 *   public void check(RuleContext ctx) {
 *     if (!ctx.repo().isFile("README.md")) ctx.report(Problem.inRepository("There is no README.md."));
 *   }
 * }
 * }</pre>
 *
 * <p>Implementations must be stateless and thread-safe: the engine runs rules in parallel.
 */
public interface Rule {

  /** The rule's metadata. Must return the same value every time. */
  RuleInfo info();

  /**
   * Judges the repository and reports every problem found (never only the first). A rule that
   * cannot run throws; the engine turns that into an {@code engine/rule-failed} finding.
   */
  void check(RuleContext ctx) throws Exception;
}
