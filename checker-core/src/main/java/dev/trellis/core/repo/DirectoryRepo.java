package dev.trellis.core.repo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A plain directory that is not a git repository: every regular file below it, {@code .git} folders
 * skipped, symbolic links not followed. Cost: one file-system walk.
 */
final class DirectoryRepo implements Repo {
  private final Path root;
  private final FileIndex index;

  DirectoryRepo(Path root) {
    this.root = root;
    this.index = new FileIndex(walk(root));
  }

  private static List<String> walk(Path root) {
    List<String> out = new ArrayList<>();
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              if (!dir.equals(root) && dir.getFileName().toString().equals(".git")) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile()) {
                out.add(Paths2.relative(root, file));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new RepoException("cannot list " + root + ": " + e.getMessage(), e);
    }
    return out;
  }

  @Override
  public Path root() {
    return root;
  }

  @Override
  public String describe() {
    return "directory " + root;
  }

  @Override
  public List<String> files() {
    return index.files();
  }

  @Override
  public boolean isFile(String path) {
    return index.isFile(path);
  }

  @Override
  public boolean isDirectory(String path) {
    return index.isDirectory(path);
  }

  @Override
  public List<String> filesUnder(String directory) {
    return index.filesUnder(directory);
  }

  @Override
  public Optional<FileContent> read(String path) {
    if (!index.isFile(path)) {
      return Optional.empty();
    }
    return readFromDisk(root, path);
  }

  /** Reads a file of the work tree; refuses links and anything whose real path leaves the root. */
  static Optional<FileContent> readFromDisk(Path root, String path) {
    Path file = root.resolve(path);
    try {
      if (Files.isSymbolicLink(file) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        return Optional.empty();
      }
      Path real = file.toRealPath();
      if (!real.startsWith(root.toRealPath())) {
        return Optional.empty();
      }
      long size = Files.size(real);
      int cap = (int) Math.min(size, FileContent.DEFAULT_CAP);
      byte[] buf = new byte[cap];
      int n = 0;
      try (InputStream in = Files.newInputStream(real)) {
        while (n < cap) {
          int r = in.read(buf, n, cap - n);
          if (r < 0) {
            break;
          }
          n += r;
        }
      }
      return Optional.of(FileContent.decode(path, buf, n, size));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  @Override
  public Optional<GitAccess> git() {
    return Optional.empty();
  }

  @Override
  public void close() {}
}
