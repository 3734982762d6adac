package dev.trellis.core.signal.adr;

import java.util.Locale;

/** The template dialect a record follows, detected from its metadata style and section names. */
public enum AdrFormat {
  /** Nygard's article and adr-tools: {@code ## Status}, Context, Decision, Consequences. */
  NYGARD,
  /** MADR 2: bullets under the title ({@code * Status:}), Positive/Negative Consequences. */
  MADR_2,
  /** MADR 3: front matter with {@code deciders}, {@code ## Validation}, More Information. */
  MADR_3,
  /** MADR 4: front matter with {@code decision-makers}, {@code ### Confirmation}. */
  MADR_4,
  /** log4brains: MADR 2 plus {@code - Tags:} and the {@code draft} status. */
  LOG4BRAINS,
  /** ReStructuredText records (Open edX). */
  RST,
  UNKNOWN;

  /** Lower-case id for policies and output: {@code nygard}, {@code madr-3}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** MADR 2, 3, 4 or log4brains (which is MADR 2 plus a little). */
  public boolean isMadr() {
    return this == MADR_2 || this == MADR_3 || this == MADR_4 || this == LOG4BRAINS;
  }
}
