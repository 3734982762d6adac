package dev.trellis.core.signal.codeowners;

import java.util.List;

/**
 * Who owns one file, and which lines decided it.
 *
 * @param owners the owners, in file order (on GitLab the union over sections, in section order)
 * @param entries the deciding lines: on GitHub the last matching line (which may have no owners),
 *     on GitLab the last matching line of each section that is not excluded for the file
 */
public record Ownership(List<String> owners, List<Entry> entries) {
  /** A file no line matches. */
  public static final Ownership NONE = new Ownership(List.of(), List.of());

  public Ownership {
    owners = List.copyOf(owners);
    entries = List.copyOf(entries);
  }

  public boolean owned() {
    return !owners.isEmpty();
  }
}
