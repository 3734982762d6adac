package dev.trellis.core.rule;

import java.util.Comparator;

/**
 * Where a finding points: a file (with line and column where known) or the repository as a whole.
 */
public sealed interface Location permits Location.InFile, Location.InRepository {

  /** The repository as a whole, for findings about something missing. */
  InRepository REPOSITORY = new InRepository();

  /**
   * A place in a file. {@code line} and {@code column} are 1-based; 0 means unknown.
   *
   * @param path repo-relative, with {@code /}
   */
  record InFile(String path, int line, int column) implements Location {
    public InFile {
      if (path == null || path.isEmpty()) {
        throw new IllegalArgumentException("path must not be empty");
      }
      line = Math.max(0, line);
      column = Math.max(0, column);
    }

    @Override
    public String toString() {
      return path + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "");
    }
  }

  /** The repository itself. */
  record InRepository() implements Location {
    @Override
    public String toString() {
      return "(repository)";
    }
  }

  static Location file(String path) {
    return new InFile(path, 0, 0);
  }

  static Location line(String path, int line) {
    return new InFile(path, line, 0);
  }

  static Location at(String path, int line, int column) {
    return new InFile(path, line, column);
  }

  /** The path, or the empty string for the repository. */
  default String pathOrEmpty() {
    return this instanceof InFile f ? f.path() : "";
  }

  default int lineOrZero() {
    return this instanceof InFile f ? f.line() : 0;
  }

  default int columnOrZero() {
    return this instanceof InFile f ? f.column() : 0;
  }

  /** Repository first, then by path, line, column. */
  Comparator<Location> ORDER =
      Comparator.comparing(Location::pathOrEmpty)
          .thenComparingInt(Location::lineOrZero)
          .thenComparingInt(Location::columnOrZero);
}
