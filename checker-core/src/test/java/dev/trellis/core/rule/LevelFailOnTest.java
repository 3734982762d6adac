package dev.trellis.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LevelFailOnTest {

  @Test
  void theFailLevelIsErrorWarnOrNeverAsTheCommandLineAndThePluginWriteIt() {
    assertThat(Level.failOn("error")).contains(Level.ERROR);
    assertThat(Level.failOn(" WARN ")).contains(Level.WARN);
    assertThat(Level.failOn("warning")).contains(Level.WARN);
    assertThat(Level.failOn("never")).contains(Level.OFF);
  }

  @Test
  void anythingElseIsNoFailLevel() {
    assertThat(Level.failOn("info")).isEqualTo(Optional.empty());
    assertThat(Level.failOn("off")).isEmpty();
    assertThat(Level.failOn("")).isEmpty();
    assertThat(Level.failOn(null)).isEmpty();
  }

  @Test
  void aFailLevelIsShownAsFailOnReadsIt() {
    assertThat(Level.ERROR.failOnName()).isEqualTo("error");
    assertThat(Level.WARN.failOnName()).isEqualTo("warn");
    assertThat(Level.OFF.failOnName()).isEqualTo("never");
    for (Level level : List.of(Level.ERROR, Level.WARN, Level.OFF)) {
      assertThat(Level.failOn(level.failOnName())).contains(level);
    }
  }
}
