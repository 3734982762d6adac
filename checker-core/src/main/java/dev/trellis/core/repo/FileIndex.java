package dev.trellis.core.repo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A sorted, immutable list of repo-relative file paths with O(log n) lookups of files, directories
 * and the files below a directory, and directory listings that cost O(entries × log n).
 */
final class FileIndex {
  private final List<String> files;

  private FileIndex(List<String> sortedUnique) {
    this.files = Collections.unmodifiableList(sortedUnique);
  }

  /** An index of {@code paths}, in any order, duplicates dropped. */
  static FileIndex of(List<String> paths) {
    List<String> sorted = new ArrayList<>(paths);
    Collections.sort(sorted);
    return new FileIndex(dedupe(sorted));
  }

  /**
   * An index over {@code sortedUnique} as it is, with no copy and no sort: the caller promises the
   * paths are sorted and distinct (a filtered {@link #files()} of another index is).
   */
  static FileIndex ofSorted(List<String> sortedUnique) {
    return new FileIndex(sortedUnique);
  }

  private static List<String> dedupe(List<String> sorted) {
    List<String> out = new ArrayList<>(sorted.size());
    String last = null;
    for (String p : sorted) {
      if (!p.equals(last)) {
        out.add(p);
      }
      last = p;
    }
    return out;
  }

  List<String> files() {
    return files;
  }

  boolean isFile(String path) {
    return Collections.binarySearch(files, path) >= 0;
  }

  boolean isDirectory(String path) {
    String dir = normaliseDir(path);
    if (dir.isEmpty()) {
      return !files.isEmpty();
    }
    int i = lowerBound(dir);
    return i < files.size() && files.get(i).startsWith(dir);
  }

  List<String> filesUnder(String path) {
    String dir = normaliseDir(path);
    if (dir.isEmpty()) {
      return files;
    }
    int from = lowerBound(dir);
    return files.subList(from, lowerBound(pastDirectory(dir), from));
  }

  /**
   * The entries directly in {@code directory}: file names, and sub-directory names ending in {@code
   * /}, in path order; empty when it holds no file. A sub-directory is passed over with one binary
   * search to the first path after it, so the cost is O(entries × log n) however many files lie
   * below.
   */
  List<String> list(String directory) {
    String dir = normaliseDir(directory);
    List<String> out = new ArrayList<>();
    int i = dir.isEmpty() ? 0 : lowerBound(dir, 0);
    while (i < files.size()) {
      String p = files.get(i);
      if (!p.startsWith(dir)) {
        break;
      }
      int slash = p.indexOf('/', dir.length());
      if (slash < 0) {
        out.add(p.substring(dir.length()));
        i++;
      } else {
        out.add(p.substring(dir.length(), slash + 1));
        i = lowerBound(pastDirectory(p.substring(0, slash + 1)), i + 1);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The smallest string after every path below {@code dir} (which ends in {@code /}): {@code '0'}
   * is the character after {@code '/'}.
   */
  private static String pastDirectory(String dir) {
    return dir.substring(0, dir.length() - 1) + '0';
  }

  private int lowerBound(String prefix) {
    return lowerBound(prefix, 0);
  }

  /** The first index at or after {@code from} whose path is not less than {@code key}. */
  private int lowerBound(String key, int from) {
    int lo = from;
    int hi = files.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (files.get(mid).compareTo(key) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static String normaliseDir(String path) {
    String p = path.replace('\\', '/');
    while (p.startsWith("/")) {
      p = p.substring(1);
    }
    if (p.isEmpty() || p.equals(".")) {
      return "";
    }
    return p.endsWith("/") ? p : p + "/";
  }
}
