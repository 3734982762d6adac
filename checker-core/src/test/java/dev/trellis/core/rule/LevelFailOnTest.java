package dev.trellis.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

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
}
