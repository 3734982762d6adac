package dev.trellis.core.report;

/**
 * A report that cannot be written in a form its consumer accepts (a SARIF file over GitHub's
 * limits). The message says why and what to do; the CLI exits 2.
 */
public final class ReportException extends RuntimeException {
  public ReportException(String message) {
    super(message);
  }
}
