package com.acme.trellis;

import dev.trellis.core.repo.FileContent;
import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.Problem;
import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleContext;
import dev.trellis.core.rule.RuleInfo;
import java.util.List;
import java.util.Optional;

/** A team's own rule: FIXME comments do not reach the main branch. */
public final class NoFixmeRule implements Rule {
  private static final RuleInfo INFO =
      RuleInfo.builder("acme/no-fixme")
          .title("No FIXME comments on the main branch")
          .rationale("A FIXME is a known bug; it belongs in the tracker, where someone owns it.")
          .defaultLevel(Level.ERROR)
          .fix("Fix it, or file a ticket and write TODO(ACME-123) instead.")
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx) {
    for (String path : ctx.repo().files()) {
      if (!path.endsWith(".java")) {
        continue;
      }
      Optional<FileContent> content = ctx.repo().read(path);
      if (content.isEmpty() || content.get().binary()) {
        continue;
      }
      List<String> lines = content.get().lines();
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).contains("FIXME")) {
          ctx.report(
              Problem.at(
                  path, i + 1, "FIXME comment '" + lines.get(i).trim() + "'. File a ticket."));
        }
      }
    }
  }
}
