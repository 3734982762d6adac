package dev.trellis.core.repo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * A plain directory that is not a git repository: every file below it that its {@code .gitignore}
 * files do not ignore (git's rules, nested files included, read with JGit's ignore matcher), {@code
 * .git} entries skipped, symbolic links listed but never entered. An ignored directory is not
 * entered. Cost: one file-system walk of what is not ignored.
 */
final class DirectoryRepo implements Repo {
  private final Path root;
  private final FileIndex index;

  /**
   * @param root the real path of the directory
   */
  DirectoryRepo(Path root) {
    this.root = root;
    List<String> out = new ArrayList<>();
    try {
      walk(root, "", new ArrayList<>(), out);
    } catch (IOException e) {
      throw new RepoException("cannot list " + root + ": " + e.getMessage(), e);
    }
    this.index = new FileIndex(out);
  }

  /** One level of ignore rules: the directory (repo-relative, "" or ending in /) and its rules. */
  private record Rules(String base, IgnoreNode node) {}

  private static void walk(Path dir, String prefix, List<Rules> rules, List<String> out)
      throws IOException {
    Path ignoreFile = dir.resolve(".gitignore");
    boolean pushed = false;
    if (Files.isRegularFile(ignoreFile, LinkOption.NOFOLLOW_LINKS)) {
      IgnoreNode node = new IgnoreNode();
      try (InputStream in = Files.newInputStream(ignoreFile, LinkOption.NOFOLLOW_LINKS)) {
        node.parse(prefix + ".gitignore", in);
      }
      if (!node.getRules().isEmpty()) {
        rules.add(new Rules(prefix, node));
        pushed = true;
      }
    }
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      entries.forEach(children::add);
    } catch (IOException e) {
      // an unreadable directory holds nothing we can check; the others still count
      children.clear();
    }
    for (Path child : children) {
      String name = child.getFileName().toString();
      if (name.equals(".git")) {
        continue;
      }
      BasicFileAttributes attrs;
      try {
        attrs = Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (IOException e) {
        continue;
      }
      boolean directory = attrs.isDirectory();
      String path = prefix + name;
      if (ignored(rules, path, directory)) {
        continue;
      }
      if (directory) {
        walk(child, path + "/", rules, out);
      } else if (attrs.isRegularFile() || attrs.isSymbolicLink()) {
        out.add(path);
      }
    }
    if (pushed) {
      rules.remove(rules.size() - 1);
    }
  }

  /** Git's precedence: the deepest .gitignore with a matching rule decides. */
  private static boolean ignored(List<Rules> rules, String path, boolean directory) {
    for (int i = rules.size() - 1; i >= 0; i--) {
      Rules r = rules.get(i);
      Boolean verdict = r.node().checkIgnored(path.substring(r.base().length()), directory);
      if (verdict != null) {
        return verdict;
      }
    }
    return false;
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
    return DiskFiles.read(root, path);
  }

  @Override
  public Optional<GitAccess> git() {
    return Optional.empty();
  }

  @Override
  public void close() {}
}
