package dev.trellis.core.report;

import dev.trellis.core.engine.EngineListener;
import dev.trellis.core.rule.Level;
import java.util.Objects;

/**
 * How a report is written. Every format reads the fields it needs and ignores the rest.
 *
 * <p>Example: {@code ReportOptions.defaults().withFailOn(Level.WARN).withColor(true)}
 *
 * @param toolVersion the Trellis version the report names
 * @param color ANSI colours (text format only; callers ask for it only on a terminal)
 * @param timings include per-rule timings (json, text)
 * @param failOn the level at which the run fails: reports state the verdict against it ({@link
 *     Level#OFF} never fails)
 * @param omitSuppressed leave waived findings out (sarif: GitHub code scanning does not document
 *     honouring SARIF suppressions, so they would show as open alerts)
 * @param listener where a format warns about its own limits (SARIF result counts)
 */
public record ReportOptions(
    String toolVersion,
    boolean color,
    boolean timings,
    Level failOn,
    boolean omitSuppressed,
    EngineListener listener) {

  public ReportOptions {
    Objects.requireNonNull(toolVersion, "toolVersion");
    failOn = failOn == null ? Level.ERROR : failOn;
    listener = listener == null ? EngineListener.SILENT : listener;
  }

  /** This build's version, no colour, no timings, fail on errors, waived findings included. */
  public static ReportOptions defaults() {
    return new ReportOptions(
        TrellisVersion.current(), false, false, Level.ERROR, false, EngineListener.SILENT);
  }

  public ReportOptions withToolVersion(String version) {
    return new ReportOptions(version, color, timings, failOn, omitSuppressed, listener);
  }

  public ReportOptions withColor(boolean value) {
    return new ReportOptions(toolVersion, value, timings, failOn, omitSuppressed, listener);
  }

  public ReportOptions withTimings(boolean value) {
    return new ReportOptions(toolVersion, color, value, failOn, omitSuppressed, listener);
  }

  public ReportOptions withFailOn(Level level) {
    return new ReportOptions(toolVersion, color, timings, level, omitSuppressed, listener);
  }

  public ReportOptions withOmitSuppressed(boolean value) {
    return new ReportOptions(toolVersion, color, timings, failOn, value, listener);
  }

  public ReportOptions withListener(EngineListener value) {
    return new ReportOptions(toolVersion, color, timings, failOn, omitSuppressed, value);
  }
}
