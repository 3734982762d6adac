package dev.trellis.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class CheckMojoTest {
  @Test
  void aWarmUpThatThrowsAnErrorLeavesNothingForTheThreadsUncaughtHandler() throws Exception {
    List<String> ran = new CopyOnWriteArrayList<>();
    List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    Thread t =
        new Thread(
            CheckMojo.bestEffort(
                () -> {
                  ran.add("warm-up");
                  throw new NoClassDefFoundError("com/fasterxml/jackson/core/JsonGenerator");
                }),
            "trellis-prepare-reports");
    t.setUncaughtExceptionHandler((thread, e) -> uncaught.add(e));

    t.start();
    t.join();

    assertThat(ran).containsExactly("warm-up");
    assertThat(uncaught).isEmpty();
  }
}
