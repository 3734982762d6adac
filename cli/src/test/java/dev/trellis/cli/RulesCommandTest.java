package dev.trellis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.docs.RuleDocs;
import dev.trellis.core.policy.RuleCatalog;
import dev.trellis.core.rule.RuleInfo;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code trellis rules --format markdown} and {@code trellis rules --docs DIR}. */
class RulesCommandTest {
  private final StringWriter out = new StringWriter();

  private int trellis(String... args) {
    CommandLine cl = TrellisCommand.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(new StringWriter(), true));
    return cl.execute(args);
  }

  private static List<RuleInfo> builtIn() {
    return RuleCatalog.load(RulesCommandTest.class.getClassLoader()).infos();
  }

  @Test
  void rulesInMarkdownPrintsTheIndexOfTheDocs() {
    assertThat(trellis("rules", "--format", "markdown")).isZero();
    assertThat(out.toString()).isEqualTo(RuleDocs.index(builtIn()));
  }

  @Test
  void rulesWithDocsWritesAPagePerRuleThenSaysItIsUpToDate(@TempDir Path dir) throws Exception {
    assertThat(trellis("rules", "--docs", dir.toString())).isZero();
    assertThat(dir.resolve("README.md")).exists();
    assertThat(RuleDocs.stale(dir, builtIn())).isEmpty();
    out.getBuffer().setLength(0);
    assertThat(trellis("rules", "--docs", dir.toString())).isZero();
    assertThat(out.toString().strip())
        .isEqualTo("The rule documentation in " + dir + " is up to date.");
    assertThat(Files.list(dir).count()).isPositive();
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    assertThat(trellis("rules", "--format", "html")).isEqualTo(ExitCodes.USAGE);
  }
}
