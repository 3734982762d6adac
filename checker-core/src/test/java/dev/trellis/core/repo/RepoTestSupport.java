package dev.trellis.core.repo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/** Small helpers that build real files and real JGit repositories for the repository tests. */
final class RepoTestSupport {
  private RepoTestSupport() {}

  static Path write(Path root, String path, String content) throws IOException {
    return write(root, path, content.getBytes(StandardCharsets.UTF_8));
  }

  static Path write(Path root, String path, byte[] content) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.write(file, content);
    return file;
  }

  static Git init(Path dir) throws Exception {
    return Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
  }

  static RevCommit commitAll(Git git, String message) throws Exception {
    git.add().addFilepattern(".").call();
    git.add().addFilepattern(".").setUpdate(true).call();
    PersonIdent who =
        new PersonIdent(
            "Ada", "ada@example.com", Instant.parse("2026-10-01T10:00:00Z"), ZoneOffset.UTC);
    return git.commit().setMessage(message).setAuthor(who).setCommitter(who).call();
  }

  static String text(Repo repo, String path) {
    return repo.read(path).orElseThrow(() -> new AssertionError("cannot read " + path)).text();
  }
}
