package dev.trellis.core.repo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads files of a work tree or plain directory without ever leaving the root: a symbolic link (of
 * the file itself or of a directory above it) is followed only when the file it finally names lies
 * inside the root.
 */
final class DiskFiles {
  private DiskFiles() {}

  /**
   * The content of {@code path} below {@code realRoot} (a real path), or empty when it is not a
   * regular file inside the root.
   */
  static Optional<FileContent> read(Path realRoot, String path) {
    Path file = realRoot.resolve(path).normalize();
    if (!file.startsWith(realRoot)) {
      return Optional.empty();
    }
    try {
      Path real = file.toRealPath();
      if (!real.startsWith(realRoot) || !Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
        return Optional.empty();
      }
      try (InputStream in = Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS)) {
        return Optional.of(FileContent.read(path, in, Files.size(real)));
      }
    } catch (IOException | SecurityException e) {
      return Optional.empty();
    }
  }
}
