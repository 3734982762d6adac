package dev.trellis.core.signal.codeowners;

import java.util.List;
import java.util.Optional;

/**
 * A parsed CODEOWNERS file: what was understood and the problems found. Never an exception for bad
 * input.
 *
 * @param path repository-relative path of the file
 * @param dialect the rules it was read with
 * @param size its size in bytes
 * @param loaded false when the platform does not load the file at all (GitHub: 3 MB or more)
 * @param sections the sections; index 0 is the unnamed default section
 * @param entries the rule lines, in file order, including lines the platform skips
 * @param errors the problems, in line order
 */
public record CodeownersFile(
    String path,
    Dialect dialect,
    long size,
    boolean loaded,
    List<Section> sections,
    List<Entry> entries,
    List<SyntaxError> errors) {

  /**
   * GitHub loads a CODEOWNERS file only when it is under 3 MB. The docs do not say whether that is
   * 3,000,000 bytes or 3 MiB; we assume 3 MiB (3,145,728 bytes).
   */
  public static final long GITHUB_MAX_SIZE = 3L * 1024 * 1024;

  public CodeownersFile {
    sections = List.copyOf(sections);
    entries = List.copyOf(entries);
    errors = List.copyOf(errors);
  }

  /** The entry on {@code line}, if that line is a rule. */
  public Optional<Entry> entryAt(int line) {
    for (Entry e : entries) {
      if (e.line() == line) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** The entries that take part in ownership. */
  public List<Entry> activeEntries() {
    return entries.stream().filter(Entry::active).toList();
  }
}
