package dev.trellis.testkit;

import dev.trellis.core.repo.FileContent;
import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.Location;
import dev.trellis.core.rule.OptionSpec;
import dev.trellis.core.rule.Problem;
import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleContext;
import dev.trellis.core.rule.RuleInfo;
import java.util.List;
import java.util.Optional;

/**
 * A test-only rule with every kind of location: a word left in a file (a line), an empty file (the
 * whole file), no README.md (the repository).
 */
public final class WordsRule implements Rule {
  private static final RuleInfo INFO =
      RuleInfo.builder("kit/words")
          .title("No file holds a placeholder word")
          .rationale("Test rule of the kit.")
          .defaultLevel(Level.WARN)
          .option(OptionSpec.string("word", "TODO", OptionSpec.Looser.NEITHER, "The word to find."))
          .fix("Remove the word.")
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx) {
    String word = ctx.options().string("word");
    if (!ctx.repo().isFile("README.md")) {
      ctx.report(Problem.inRepository("There is no README.md. Add one."));
    }
    for (String path : ctx.repo().files()) {
      if (path.equals("trellis.yml")) {
        continue;
      }
      Optional<FileContent> content = ctx.repo().read(path);
      if (content.isEmpty()) {
        continue;
      }
      if (content.get().size() == 0) {
        ctx.report(Problem.inFile(path, path + " is empty. Write something or delete it."));
        continue;
      }
      List<String> lines = content.get().lines();
      for (int i = 0; i < lines.size(); i++) {
        for (int col = lines.get(i).indexOf(word);
            col >= 0;
            col = lines.get(i).indexOf(word, col + 1)) {
          ctx.report(
              Problem.at(
                  Location.at(path, i + 1, col + 1),
                  path + ":" + (i + 1) + ": '" + word + "' is left in the text."));
        }
      }
    }
  }
}
