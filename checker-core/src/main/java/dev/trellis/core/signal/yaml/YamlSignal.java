package dev.trellis.core.signal.yaml;

import dev.trellis.core.signal.Signal;

/**
 * The per-repository memo of parsed YAML files: {@code
 * ctx.signal(YamlSignal.SIGNAL).get("config/app.yml")}.
 */
public final class YamlSignal {
  private YamlSignal() {}

  public static final Signal<YamlFiles> SIGNAL =
      Signal.of("yaml", ctx -> new YamlFiles(ctx.repo()));
}
