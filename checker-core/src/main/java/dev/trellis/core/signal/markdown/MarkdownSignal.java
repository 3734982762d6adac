package dev.trellis.core.signal.markdown;

import dev.trellis.core.signal.Signal;

/**
 * The per-repository memo of parsed Markdown files: {@code
 * ctx.signal(MarkdownSignal.SIGNAL).get("README.md")}.
 */
public final class MarkdownSignal {
  private MarkdownSignal() {}

  public static final Signal<MarkdownDocs> SIGNAL =
      Signal.of("markdown", ctx -> new MarkdownDocs(ctx.repo()));
}
