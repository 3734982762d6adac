package dev.trellis.core.policy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Baselines published in a standards git repository: {@code git:URL#REF:PATH}. Each URL is mirrored
 * once (a bare repository) under the cache directory, in a folder named by a hash of the URL; the
 * baseline is read from the resolved commit's tree, straight from git objects. A tag or a commit
 * already in the mirror is used without touching the network, so a pinned baseline keeps working
 * offline and after the source repository is gone; a branch is fetched each time it can be and read
 * from the mirror when it cannot.
 *
 * <p>The URL is whatever JGit can fetch: a local path (relative to the policy file that names it),
 * {@code file://}, {@code https://} or {@code ssh://}.
 */
public final class GitBaselines {
  /**
   * One lock object per mirror folder, so two checks in one JVM (a drift run over many
   * repositories) do not fetch into the same mirror at once. Only lock objects live here; a file
   * lock guards against other processes.
   */
  private static final ConcurrentHashMap<Path, Object> LOCKS = new ConcurrentHashMap<>();

  private final Path cacheDir;

  public GitBaselines(Path cacheDir) {
    this.cacheDir = cacheDir.toAbsolutePath().normalize();
  }

  /** {@code $XDG_CACHE_HOME/trellis}, else {@code ~/.cache/trellis}. */
  public static Path defaultCacheDir() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg, "trellis");
    }
    return Path.of(System.getProperty("user.home"), ".cache", "trellis");
  }

  public Path cacheDir() {
    return cacheDir;
  }

  /**
   * A parsed {@code git:URL#REF:PATH} reference.
   *
   * @param url the repository
   * @param ref a tag, a commit id, or a branch (unpinned)
   * @param path the baseline file inside the repository
   */
  public record Spec(String url, String ref, String path) {
    /** Parses {@code git:URL#REF:PATH}; empty when a part is missing. */
    public static Optional<Spec> parse(String text) {
      if (!text.startsWith("git:")) {
        return Optional.empty();
      }
      String rest = text.substring("git:".length());
      int hash = rest.lastIndexOf('#');
      if (hash <= 0) {
        return Optional.empty();
      }
      String refPath = rest.substring(hash + 1);
      int colon = refPath.indexOf(':');
      if (colon <= 0 || colon == refPath.length() - 1) {
        return Optional.empty();
      }
      String path = refPath.substring(colon + 1).replaceFirst("^/+", "");
      return Optional.of(new Spec(rest.substring(0, hash), refPath.substring(0, colon), path));
    }

    @Override
    public String toString() {
      return "git:" + url + "#" + ref + ":" + path;
    }
  }

  /**
   * A baseline read from git.
   *
   * @param text the file's content
   * @param commit the full id of the commit it was read from
   * @param pinned whether the ref was a tag or a commit (not a branch)
   */
  public record Fetched(String text, String commit, boolean pinned) {}

  /** The baseline cannot be read; the message says why, the hint what to do. */
  public static final class GitBaselineException extends Exception {
    private final String hint;

    GitBaselineException(String message, String hint) {
      super(message);
      this.hint = hint;
    }

    public String hint() {
      return hint;
    }
  }

  /**
   * Reads the baseline {@code spec} names. A relative local URL starts at {@code base}, the folder
   * of the policy file that names it.
   */
  public Fetched fetch(Spec spec, Path base) throws GitBaselineException {
    // JGit's process-wide setup comes before any JGit use, whichever thread gets there first
    dev.trellis.core.repo.Repos.prepareJGit();
    String url = absolute(spec.url(), base);
    Path mirror = cacheDir.resolve("git").resolve(hash(url) + ".git");
    Object lock = LOCKS.computeIfAbsent(mirror, k -> new Object());
    synchronized (lock) {
      try {
        Files.createDirectories(mirror.getParent());
        try (FileChannel channel =
                FileChannel.open(
                    mirror.resolveSibling(mirror.getFileName() + ".lock"),
                    StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock fileLock = channel.lock();
            Repository repo = openMirror(mirror, url)) {
          return fetchLocked(repo, spec, url);
        }
      } catch (IOException e) {
        throw new GitBaselineException(
            "cannot use the baseline cache " + mirror + ": " + e.getMessage() + ".",
            "Check that the cache directory is writable, or point --cache-dir elsewhere.");
      }
    }
  }

  private Fetched fetchLocked(Repository repo, Spec spec, String url)
      throws IOException, GitBaselineException {
    Resolved resolved = resolveLocal(repo, spec.ref());
    String fetchError = null;
    if (resolved == null || !resolved.pinned()) {
      try (Git git = Git.wrap(repo)) {
        git.fetch()
            .setRemote(url)
            .setRefSpecs(
                new RefSpec("+refs/heads/*:refs/heads/*"), new RefSpec("+refs/tags/*:refs/tags/*"))
            .setTimeout(60)
            .call();
      } catch (GitAPIException | RuntimeException e) {
        fetchError = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      }
      resolved = resolveLocal(repo, spec.ref());
    }
    if (resolved == null) {
      if (fetchError != null) {
        throw new GitBaselineException(
            "cannot fetch the baseline repository "
                + url
                + " ("
                + fetchError.strip()
                + "), and the cache has no '"
                + spec.ref()
                + "' from it.",
            "Check the URL and the network; once fetched, a tag or commit is used offline from "
                + cacheDir
                + ".");
      }
      throw new GitBaselineException(
          "'" + spec.ref() + "' is neither a tag, a branch nor a commit of " + url + ".",
          "Pin the baseline to an existing tag or commit, for example #v3.");
    }
    try (ObjectReader reader = repo.newObjectReader();
        RevWalk walk = new RevWalk(reader)) {
      RevCommit commit = walk.parseCommit(resolved.commit());
      try (TreeWalk tree = TreeWalk.forPath(reader, spec.path(), commit.getTree())) {
        if (tree == null || tree.getFileMode(0).getObjectType() != Constants.OBJ_BLOB) {
          throw new GitBaselineException(
              "no file '"
                  + spec.path()
                  + "' in "
                  + url
                  + " at "
                  + spec.ref()
                  + " (commit "
                  + commit.abbreviate(7).name()
                  + ").",
              "Check the path after the ':' in the reference; it starts at the repository root.");
        }
        ObjectLoader loader = reader.open(tree.getObjectId(0), Constants.OBJ_BLOB);
        if (loader.getSize() > YamlDocument.MAX_CODE_POINTS) {
          throw new GitBaselineException(
              "the baseline '"
                  + spec.path()
                  + "' is "
                  + loader.getSize()
                  + " bytes; the limit is "
                  + YamlDocument.MAX_CODE_POINTS
                  + ".",
              "Split it, or extend a smaller baseline.");
        }
        String text = new String(loader.getBytes(), StandardCharsets.UTF_8);
        return new Fetched(text, commit.name(), resolved.pinned());
      }
    }
  }

  private record Resolved(ObjectId commit, boolean pinned) {}

  /** A tag, then a branch, then a commit id, looked up in the mirror only. */
  private static Resolved resolveLocal(Repository repo, String ref) throws IOException {
    Ref tag = repo.exactRef(Constants.R_TAGS + ref);
    if (tag != null) {
      ObjectId peeled = repo.resolve(Constants.R_TAGS + ref + "^{commit}");
      return peeled == null ? null : new Resolved(peeled, true);
    }
    Ref branch = repo.exactRef(Constants.R_HEADS + ref);
    if (branch != null) {
      return new Resolved(branch.getObjectId(), false);
    }
    if (ref.matches("[0-9a-fA-F]{7,40}")) {
      try {
        ObjectId id = repo.resolve(ref + "^{commit}");
        return id == null ? null : new Resolved(id, true);
      } catch (RevisionSyntaxException | IOException e) {
        return null;
      }
    }
    return null;
  }

  private static Repository openMirror(Path dir, String url) throws IOException {
    Repository repo =
        new FileRepositoryBuilder().setGitDir(dir.toFile()).setBare().setMustExist(false).build();
    if (!Files.isDirectory(dir.resolve("objects"))) {
      repo.create(true);
      StoredConfig config = repo.getConfig();
      config.setString("remote", "origin", "url", url);
      config.save();
    }
    return repo;
  }

  /** A local path made absolute against {@code base}; URLs as they are. */
  static String absolute(String url, Path base) {
    if (url.contains("://") || url.matches("^[^/]+@[^/]+:.*")) {
      return url;
    }
    return base.resolve(url).toAbsolutePath().normalize().toString();
  }

  private static String hash(String url) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
