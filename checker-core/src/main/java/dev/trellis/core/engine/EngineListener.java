package dev.trellis.core.engine;

/** How core talks to the person running it; the CLI and the Maven mojo implement it. */
public interface EngineListener {
  EngineListener SILENT = new EngineListener() {};

  /** Something worth knowing that is not a finding (which policy was used, a skipped file). */
  default void info(String message) {}

  /** Something that may be wrong but does not stop the run. */
  default void warn(String message) {}
}
