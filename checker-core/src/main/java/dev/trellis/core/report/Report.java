package dev.trellis.core.report;

import dev.trellis.core.engine.CheckResult;
import java.io.IOException;
import java.io.Writer;

/** One output format of a check's result. Implementations are stateless. */
public interface Report {

  /** The format's name on the command line ({@code text}, {@code json}, ...). */
  String format();

  /** The file name written under {@code -o DIR}. */
  String fileName();

  /** Writes the result. {@code color} asks for ANSI colours (only the text format uses it). */
  void write(CheckResult result, Writer out, boolean color) throws IOException;
}
