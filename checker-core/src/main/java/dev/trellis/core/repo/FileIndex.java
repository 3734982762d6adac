package dev.trellis.core.repo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A sorted, immutable list of repo-relative file paths with O(log n) lookups of files, directories
 * and the files below a directory.
 */
final class FileIndex {
  private final List<String> files;

  FileIndex(List<String> paths) {
    List<String> sorted = new ArrayList<>(paths);
    Collections.sort(sorted);
    this.files = Collections.unmodifiableList(dedupe(sorted));
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
    int to = from;
    while (to < files.size() && files.get(to).startsWith(dir)) {
      to++;
    }
    return files.subList(from, to);
  }

  private int lowerBound(String prefix) {
    int i = Collections.binarySearch(files, prefix);
    return i >= 0 ? i : -i - 1;
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
