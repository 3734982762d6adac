package dev.trellis.core.repo;

import java.nio.file.Path;

/** Repo-relative path helpers. */
final class Paths2 {
  private Paths2() {}

  static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }
}
