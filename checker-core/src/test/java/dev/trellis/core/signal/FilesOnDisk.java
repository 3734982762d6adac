package dev.trellis.core.signal;

import dev.trellis.core.repo.Repo;
import dev.trellis.core.repo.Repos;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A plain directory of real files that a signal test writes one by one and then reads one signal
 * of, with no policy settings.
 */
public final class FilesOnDisk {
  private final Path root;

  public FilesOnDisk(Path root) {
    this.root = root;
  }

  /** Writes {@code text} to {@code path} (repo-relative), creating its folders. */
  public FilesOnDisk write(String path, String text) {
    Path file = root.resolve(path);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** {@code signal} computed over the files written so far. */
  public <T> T signal(Signal<T> signal) {
    try (Repo repo = Repos.open(root, Optional.empty())) {
      return new Signals(repo, section -> Map.of()).signal(signal);
    }
  }
}
