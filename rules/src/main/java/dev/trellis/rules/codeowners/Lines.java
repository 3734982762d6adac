package dev.trellis.rules.codeowners;

import dev.trellis.core.signal.codeowners.CodeownersFile;
import dev.trellis.core.signal.codeowners.Entry;
import dev.trellis.core.signal.codeowners.Section;

/** Small wording helpers shared by the codeowners rules. */
final class Lines {
  private Lines() {}

  /** {@code '!*.lock'} or {@code '/docs/'}: the pattern as written, quoted. */
  static String quoted(Entry e) {
    return "'" + (e.exclusion() ? "!" : "") + e.pattern() + "'";
  }

  /** {@code line 12 '/docs/'}. */
  static String line(Entry e) {
    return "line " + e.line() + " " + quoted(e);
  }

  /** {@code " of section [Docs]"}, or nothing for the default section. */
  static String inSection(CodeownersFile file, Entry e) {
    Section s = file.sections().get(e.section());
    return s.isDefault() ? "" : " of section [" + s.name() + "]";
  }
}
