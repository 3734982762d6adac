package dev.trellis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.report.TrellisVersion;
import org.junit.jupiter.api.Test;

/** The parts of the command line around {@code check}: version, help, rules, explain. */
class CommandLineTest {

  @Test
  void versionPrintsTheBuildVersionAndTheJava() {
    CliRun run = CliRun.of("--version");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("trellis " + TrellisVersion.current() + "\nJava ");
    assertThat(TrellisVersion.current()).isNotEqualTo("unknown");
  }

  @Test
  void helpListsTheCommands() {
    CliRun run = CliRun.of("--help");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("Usage: trellis", "check", "rules", "explain");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void noCommandPrintsTheUsage() {
    CliRun run = CliRun.of();

    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("Usage: trellis");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    CliRun run = CliRun.of("check", "--frobnicate");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "trellis: Unknown option: '--frobnicate'\nRun 'trellis check --help' for usage.\n");
  }

  @Test
  void rulesListsEveryBuiltInRuleWithItsDefaultLevelAndTitle() {
    CliRun run = CliRun.of("rules");

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains(
            String.format(
                "%-36s %-5s %s%n",
                "rituals/contributing",
                "warn",
                "A CONTRIBUTING file says how to propose a change"));
  }

  @Test
  void explainShowsWhyAndHowToFix() {
    CliRun run = CliRun.of("explain", "rituals/contributing");

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .startsWith("rituals/contributing - A CONTRIBUTING file says how to propose a change\n")
        .contains("Why: ", "Default level: warn", "Fix: ");
  }

  @Test
  void explainOfAnUnknownRuleSuggestsTheNearestOne() {
    CliRun run = CliRun.of("explain", "rituals/contributin");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "trellis: unknown rule 'rituals/contributin'. Did you mean 'rituals/contributing'?\n");
  }
}
