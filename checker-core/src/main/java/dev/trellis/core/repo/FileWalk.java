package dev.trellis.core.repo;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.ignore.IgnoreNode;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.Repository;

/**
 * Lists the files of a work tree the way {@code git ls-files --cached --others --exclude-standard}
 * does, at about its cost: the index gives the tracked files; one directory read per folder (names
 * only, no stat for tracked entries) confirms they are on disk and finds untracked names; only
 * untracked names are stat-ed and matched against the ignore rules (git's precedence: a deeper
 * {@code .gitignore} wins, then {@code .git/info/exclude}, then {@code core.excludesFile}). An
 * ignored directory is never entered, nor is a submodule or a nested repository; a symbolic link is
 * listed, never entered. Without an index (a plain directory) every name is untracked.
 */
final class FileWalk {
  /** Ignore rules of one directory ({@code base}: "" or ending in "/"). */
  private record Rules(String base, IgnoreNode node) {}

  /** Tracked file names by their folder ("" or ending in "/"). */
  private final Map<String, Set<String>> tracked = new HashMap<>();

  /** Every folder (no trailing "/") holding a tracked file, at any depth. */
  private final Set<String> trackedDirs = new HashSet<>();

  /** Submodule paths. */
  private final Set<String> gitlinks = new HashSet<>();

  private final boolean skipNestedRepositories;
  private final List<Rules> rules = new ArrayList<>();
  private final List<String> out = new ArrayList<>();

  private FileWalk(boolean skipNestedRepositories) {
    this.skipNestedRepositories = skipNestedRepositories;
  }

  /** Every non-ignored file below a plain directory (its .gitignore files apply). */
  static List<String> directory(Path root) throws IOException {
    FileWalk walk = new FileWalk(false);
    walk.walk(root, "", false);
    return walk.out;
  }

  /** The work tree of a non-bare repository: tracked files on disk, untracked not ignored. */
  static List<String> workTree(Repository repository, Path root) throws IOException {
    FileWalk walk = new FileWalk(true);
    DirCache index = repository.readDirCache();
    for (int i = 0; i < index.getEntryCount(); i++) {
      DirCacheEntry entry = index.getEntry(i);
      String path = entry.getPathString();
      if (entry.getFileMode() == FileMode.GITLINK) {
        walk.gitlinks.add(path);
        continue;
      }
      int slash = path.lastIndexOf('/');
      walk.tracked
          .computeIfAbsent(slash < 0 ? "" : path.substring(0, slash + 1), k -> new HashSet<>())
          .add(path.substring(slash + 1));
      while (slash > 0) {
        String dir = path.substring(0, slash);
        if (!walk.trackedDirs.add(dir)) {
          break;
        }
        slash = dir.lastIndexOf('/');
      }
    }
    walk.globalRules(repository).ifPresent(walk.rules::add);
    walk.load(repository.getCommonDirectory().toPath().resolve("info/exclude"), "")
        .ifPresent(walk.rules::add);
    walk.walk(root, "", false);
    return walk.out;
  }

  /** {@code core.excludesFile}, or git's default {@code $XDG_CONFIG_HOME/git/ignore}. */
  private Optional<Rules> globalRules(Repository repository) throws IOException {
    String configured =
        repository
            .getConfig()
            .getString(
                ConfigConstants.CONFIG_CORE_SECTION, null, ConfigConstants.CONFIG_KEY_EXCLUDESFILE);
    File home = repository.getFS().userHome();
    Path file;
    if (configured != null && !configured.isBlank()) {
      file =
          configured.startsWith("~/") && home != null
              ? home.toPath().resolve(configured.substring(2))
              : Path.of(configured);
    } else {
      String xdg = System.getenv("XDG_CONFIG_HOME");
      if (xdg != null && !xdg.isBlank()) {
        file = Path.of(xdg, "git", "ignore");
      } else if (home != null) {
        file = home.toPath().resolve(".config/git/ignore");
      } else {
        return Optional.empty();
      }
    }
    return load(file, "");
  }

  private Optional<Rules> load(Path file, String base) throws IOException {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    IgnoreNode node = new IgnoreNode();
    try (InputStream in = Files.newInputStream(file)) {
      node.parse(file.toString(), in);
    }
    return node.getRules().isEmpty() ? Optional.empty() : Optional.of(new Rules(base, node));
  }

  /**
   * @param ignoredDir this folder is ignored but holds tracked files: list those, nothing else
   */
  private void walk(Path dir, String prefix, boolean ignoredDir) throws IOException {
    boolean pushed = false;
    if (!ignoredDir) {
      Path gitignore = dir.resolve(".gitignore");
      if (Files.isRegularFile(gitignore, LinkOption.NOFOLLOW_LINKS)) {
        Optional<Rules> own = load(gitignore, prefix);
        if (own.isPresent()) {
          rules.add(own.get());
          pushed = true;
        }
      }
    }
    // names only (readdir, no stat): most entries are tracked files that need nothing more
    String[] names = dir.toFile().list();
    if (names == null) {
      // an unreadable folder holds nothing we can check; the rest of the tree still counts
      names = new String[0];
    }
    Set<String> trackedHere = tracked.getOrDefault(prefix, Set.of());
    for (String name : names) {
      if (name.equals(".git")) {
        continue;
      }
      if (trackedHere.contains(name)) {
        out.add(prefix + name);
        continue;
      }
      String path = prefix + name;
      if (gitlinks.contains(path)) {
        continue;
      }
      Path child = dir.resolve(name);
      BasicFileAttributes attrs;
      try {
        attrs = Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (IOException e) {
        continue;
      }
      boolean directory = attrs.isDirectory();
      if (directory && trackedDirs.contains(path)) {
        walk(child, path + "/", ignoredDir || ignored(path, true));
        continue;
      }
      if (ignoredDir || ignored(path, directory)) {
        continue;
      }
      if (directory) {
        if (skipNestedRepositories
            && Files.exists(child.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        walk(child, path + "/", false);
      } else if (attrs.isRegularFile() || attrs.isSymbolicLink()) {
        out.add(path);
      }
    }
    if (pushed) {
      rules.remove(rules.size() - 1);
    }
  }

  /** Git's precedence: the deepest rules with a match decide. */
  private boolean ignored(String path, boolean directory) {
    for (int i = rules.size() - 1; i >= 0; i--) {
      Rules r = rules.get(i);
      Boolean verdict = r.node().checkIgnored(path.substring(r.base().length()), directory);
      if (verdict != null) {
        return verdict;
      }
    }
    return false;
  }
}
