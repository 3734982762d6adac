package dev.trellis.core.report;

import dev.trellis.core.engine.CheckResult;
import java.io.IOException;
import java.io.Writer;

/**
 * One output format of a check's result. Implementations are stateless and write deterministic
 * output: the same result and options give the same bytes.
 *
 * <p>Example: {@code Reports.byFormat("sarif").orElseThrow().write(result, writer,
 * ReportOptions.defaults())}
 */
public interface Report {

  /** The format's name on the command line ({@code text}, {@code json}, ...). */
  String format();

  /** The file name written under {@code -o DIR}. */
  String fileName();

  /** Writes the result. */
  void write(CheckResult result, Writer out, ReportOptions options) throws IOException;

  /** Writes the result with default options; {@code color} asks for ANSI colours (text only). */
  default void write(CheckResult result, Writer out, boolean color) throws IOException {
    write(result, out, ReportOptions.defaults().withColor(color));
  }
}
