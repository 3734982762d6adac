package dev.trellis.core.signal.codeowners;

import java.util.List;

/**
 * One rule line of a CODEOWNERS file.
 *
 * @param index position in {@link CodeownersFile#entries()} (file order)
 * @param line 1-based line
 * @param column 1-based column of the pattern
 * @param pattern the pattern as written (escapes intact; without GitLab's leading {@code !})
 * @param matcher the compiled pattern
 * @param exclusion a GitLab {@code !pattern}: matching files need no approval from this section
 * @param written every owner token written after the pattern (before an inline comment on GitHub),
 *     valid or not
 * @param owners the owners that count: the valid written ones, or the section's default owners
 * @param defaultOwners whether {@code owners} are the section's default owners
 * @param section index of the section the entry belongs to (0 on GitHub)
 * @param skipped the platform ignores the line (GitHub skips a line with invalid syntax)
 */
public record Entry(
    int index,
    int line,
    int column,
    String pattern,
    PathPattern matcher,
    boolean exclusion,
    List<Owner> written,
    List<Owner> owners,
    boolean defaultOwners,
    int section,
    boolean skipped) {

  public Entry {
    written = List.copyOf(written);
    owners = List.copyOf(owners);
  }

  /** Whether the line takes part in ownership. */
  public boolean active() {
    return !skipped;
  }

  /** The owners that count, as text. */
  public List<String> ownerNames() {
    return owners.stream().map(Owner::text).toList();
  }
}
