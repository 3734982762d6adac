package dev.trellis.rules.adr;

import dev.trellis.core.rule.Location;
import dev.trellis.core.signal.adr.AdrRecord;

/** Small shared wording and locations for the ADR rules. */
final class Adr {
  private Adr() {}

  /** {@code ADR 3 (docs/adr/0003-x.md)}, or the path alone when the record has no number. */
  static String name(AdrRecord r) {
    return r.number().isPresent() ? r.label() + " (" + r.path() + ")" : r.path();
  }

  /** The record's title line, or the file as a whole when it has none. */
  static Location at(AdrRecord r) {
    return r.titleLine() > 0 ? Location.line(r.path(), r.titleLine()) : Location.file(r.path());
  }

  /** {@code 1 record} / {@code 3 records}. */
  static String count(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
