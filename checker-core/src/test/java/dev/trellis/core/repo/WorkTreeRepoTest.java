package dev.trellis.core.repo;

import static dev.trellis.core.repo.RepoTestSupport.commitAll;
import static dev.trellis.core.repo.RepoTestSupport.init;
import static dev.trellis.core.repo.RepoTestSupport.text;
import static dev.trellis.core.repo.RepoTestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkTreeRepoTest {
  @TempDir Path tmp;

  private Path repoDir() throws Exception {
    Path dir = tmp.resolve("repo");
    Files.createDirectories(dir);
    return dir;
  }

  @Test
  void workTreeIsTheIndexPlusUntrackedFilesThatAreNotIgnored() throws Exception {
    Path dir = repoDir();
    try (Git git = init(dir)) {
      write(dir, ".gitignore", "build/\n*.log\n");
      write(dir, "README.md", "# Service\n");
      write(dir, "src/Main.java", "class Main {}\n");
      commitAll(git, "first");
    }
    write(dir, "NOTES.md", "untracked, not ignored\n");
    write(dir, "build/out.jar", "ignored directory\n");
    write(dir, "build/deep/more/x.class", "ignored directory\n");
    write(dir, "debug.log", "ignored file\n");
    write(dir, "src/trace.log", "ignored at any depth\n");

    try (Repo repo = Repos.open(dir, Optional.empty())) {
      assertThat(repo.files())
          .containsExactly(".gitignore", "NOTES.md", "README.md", "src/Main.java");
      assertThat(repo.describe()).isEqualTo("work tree");
      assertThat(repo.git()).isPresent();
      assertThat(repo.isDirectory("src")).isTrue();
      assertThat(repo.isDirectory("build")).isFalse();
      assertThat(text(repo, "NOTES.md")).isEqualTo("untracked, not ignored\n");
      assertThat(repo.read("build/out.jar")).isEmpty();
    }
  }

  @Test
  void nestedGitignoreFilesApplyBelowTheirDirectoryAndCanReinclude() throws Exception {
    Path dir = repoDir();
    try (Git git = init(dir)) {
      write(dir, ".gitignore", "*.tmp\n");
      write(dir, "docs/.gitignore", "drafts/\n!keep.tmp\n");
      write(dir, "docs/guide.md", "# Guide\n");
      commitAll(git, "first");
    }
    write(dir, "a.tmp", "ignored by the root file\n");
    write(dir, "docs/keep.tmp", "re-included by docs/.gitignore\n");
    write(dir, "docs/drafts/wip.md", "ignored by docs/.gitignore\n");
    write(dir, "drafts/top.md", "docs/.gitignore does not reach here\n");

    try (Repo repo = Repos.open(dir, Optional.empty())) {
      assertThat(repo.files())
          .containsExactly(
              ".gitignore", "docs/.gitignore", "docs/guide.md", "docs/keep.tmp", "drafts/top.md");
    }
  }

  @Test
  void aTrackedFileStaysListedEvenWhenAnIgnoreRuleMatchesIt() throws Exception {
    Path dir = repoDir();
    try (Git git = init(dir)) {
      write(dir, "config/app.env", "tracked before the rule\n");
      commitAll(git, "first");
      write(dir, ".gitignore", "*.env\n");
      commitAll(git, "ignore env files");
    }
    try (Repo repo = Repos.open(dir, Optional.empty())) {
      assertThat(repo.files()).containsExactly(".gitignore", "config/app.env");
    }
  }

  @Test
  void inAnIgnoredFolderOnlyTheTrackedFilesAreListed() throws Exception {
    Path dir = repoDir();
    try (Git git = init(dir)) {
      write(dir, "vendor/kept.js", "forced in\n");
      commitAll(git, "first");
      write(dir, ".gitignore", "vendor/\n");
      commitAll(git, "ignore vendor");
    }
    write(dir, "vendor/new.js", "untracked in an ignored folder\n");
    write(dir, "vendor/sub/deep.js", "untracked in an ignored folder\n");

    try (Repo repo = Repos.open(dir, Optional.empty())) {
      assertThat(repo.files()).containsExactly(".gitignore", "vendor/kept.js");
    }
  }

  @Test
  void theRepositorysInfoExcludeFileIgnoresToo() throws Exception {
    Path dir = repoDir();
    try (Git git = init(dir)) {
      write(dir, "README.md", "# R\n");
      commitAll(git, "first");
    }
    write(dir, ".git/info/exclude", "scratch/\n*.swp\n");
    write(dir, "scratch/notes.txt", "local only\n");
    write(dir, ".README.md.swp", "editor swap file\n");

    try (Repo repo = Repos.open(dir, Optional.empty())) {
      assertThat(repo.files()).containsExactly("README.md");
    }
  }

  @Test
  void aTrackedFolderReplacedByALinkLeavingTheRootIsNeverEntered() throws Exception {
    Path outside = tmp.resolve("outside");
    write(outside, "a.txt", "outside a\n");
    write(outside, "secret.txt", "outside secret\n");
    Path dir = repoDir();
    try (Git git = init(dir)) {
      write(dir, "docs/a.txt", "tracked a\n");
      commitAll(git, "first");
    }
    Files.delete(dir.resolve("docs/a.txt"));
    Files.delete(dir.resolve("docs"));
    Files.createSymbolicLink(dir.resolve("docs"), outside);

    try (Repo repo = Repos.open(dir, Optional.empty())) {
      assertThat(repo.files()).containsExactly("docs");
      assertThat(repo.read("docs/a.txt")).isEmpty();
      assertThat(repo.read("docs/secret.txt")).isEmpty();
    }
  }

  @Test
  void aTrackedFileDeletedFromDiskIsNotListed() throws Exception {
    Path dir = repoDir();
    try (Git git = init(dir)) {
      write(dir, "keep.txt", "k\n");
      write(dir, "gone.txt", "g\n");
      write(dir, "olddir/only.txt", "o\n");
      commitAll(git, "first");
    }
    Files.delete(dir.resolve("gone.txt"));
    Files.delete(dir.resolve("olddir/only.txt"));
    Files.delete(dir.resolve("olddir"));

    try (Repo repo = Repos.open(dir, Optional.empty())) {
      assertThat(repo.files()).containsExactly("keep.txt");
      assertThat(repo.isFile("gone.txt")).isFalse();
      assertThat(repo.isDirectory("olddir")).isFalse();
    }
  }

  @Test
  void submodulesAndNestedRepositoriesAreNotFiles() throws Exception {
    Path dir = repoDir();
    try (Git git = init(dir)) {
      write(dir, "README.md", "# Host\n");
      commitAll(git, "first");
      // a gitlink in the index, as `git submodule add` leaves it
      DirCache cache = git.getRepository().lockDirCache();
      DirCacheEditor editor = cache.editor();
      for (String path : new String[] {"vendor/lib", "vendor/broken"}) {
        editor.add(
            new DirCacheEditor.PathEdit(path) {
              @Override
              public void apply(DirCacheEntry entry) {
                entry.setFileMode(FileMode.GITLINK);
                entry.setObjectId(ObjectId.fromString("0123456789abcdef0123456789abcdef01234567"));
              }
            });
      }
      editor.commit();
    }
    write(dir, "vendor/lib/.git", "gitdir: ../../.git/modules/lib\n");
    write(dir, "vendor/lib/inside.txt", "belongs to the submodule\n");
    write(dir, "vendor/broken/inside.txt", "a submodule folder whose .git is gone\n");
    try (Git nested = init(dir.resolve("tools/nested"))) {
      write(dir, "tools/nested/x.txt", "belongs to the nested repository\n");
      commitAll(nested, "nested");
    }

    try (Repo repo = Repos.open(dir, Optional.empty())) {
      assertThat(repo.files()).containsExactly("README.md");
    }
  }

  @Test
  void symlinksLeavingTheRootAreListedButNeverFollowedOrRead() throws Exception {
    Path outside = tmp.resolve("outside");
    write(outside, "secret.txt", "top secret\n");
    write(outside, "dir/inner.txt", "also secret\n");
    Path dir = repoDir();
    try (Git git = init(dir)) {
      write(dir, "docs/real.md", "# Real\n");
      Files.createSymbolicLink(dir.resolve("leak.txt"), outside.resolve("secret.txt"));
      Files.createSymbolicLink(dir.resolve("leakdir"), outside.resolve("dir"));
      Files.createSymbolicLink(dir.resolve("relative-leak.txt"), Path.of("../outside/secret.txt"));
      Files.createSymbolicLink(dir.resolve("README.md"), Path.of("docs/real.md"));
      commitAll(git, "links");
    }
    Files.createSymbolicLink(dir.resolve("untracked-leak"), outside.resolve("dir"));

    try (Repo repo = Repos.open(dir, Optional.empty())) {
      assertThat(repo.files())
          .containsExactly(
              "README.md",
              "docs/real.md",
              "leak.txt",
              "leakdir",
              "relative-leak.txt",
              "untracked-leak");
      assertThat(repo.read("leak.txt")).isEmpty();
      assertThat(repo.read("relative-leak.txt")).isEmpty();
      assertThat(repo.read("leakdir/inner.txt")).isEmpty();
      assertThat(repo.read("untracked-leak/inner.txt")).isEmpty();
      assertThat(text(repo, "README.md")).isEqualTo("# Real\n");
    }
  }

  @Test
  void pathsThatClimbOutOfTheRootReadNothing() throws Exception {
    write(tmp, "outside.txt", "outside\n");
    Path dir = repoDir();
    try (Git git = init(dir)) {
      write(dir, "a/b.txt", "b\n");
      commitAll(git, "first");
    }
    try (Repo repo = Repos.open(dir, Optional.empty())) {
      assertThat(repo.read("../outside.txt")).isEmpty();
      assertThat(repo.read("a/../../outside.txt")).isEmpty();
      assertThat(repo.read(tmp.resolve("outside.txt").toString())).isEmpty();
      assertThat(repo.read("a")).isEmpty();
    }
  }

  @Test
  void aFolderInsideAnotherRepositoryIsCheckedOnItsOwnAsAPlainDirectory() throws Exception {
    Path dir = repoDir();
    try (Git git = init(dir)) {
      write(dir, "service/README.md", "# Service\n");
      write(dir, "top.txt", "t\n");
      commitAll(git, "first");
    }
    try (Repo repo = Repos.open(dir.resolve("service"), Optional.empty())) {
      assertThat(repo.git()).isEmpty();
      assertThat(repo.files()).containsExactly("README.md");
    }
  }

  @Test
  void aRepositoryWithoutCommitsListsItsUntrackedFiles() throws Exception {
    Path dir = repoDir();
    init(dir).close();
    write(dir, "README.md", "# New\n");
    try (Repo repo = Repos.open(dir, Optional.empty())) {
      assertThat(repo.files()).containsExactly("README.md");
      assertThat(repo.git().orElseThrow().commit()).isEmpty();
    }
  }

  @Test
  void openingARepositoryNeverAsksGitForTheSystemConfiguration() throws Exception {
    Path dir = repoDir();
    init(dir).close();
    try (Repo repo = Repos.open(dir, Optional.empty())) {
      SystemReader reader = SystemReader.getInstance();
      assertThat(reader).isInstanceOf(JGitSetup.NoSystemConfig.class);
      FileBasedConfig system = reader.openSystemConfig(null, FS.DETECTED);
      system.load();
      assertThat(system.getFile()).isNull();
      assertThat(system.getSections()).isEmpty();
    }
  }
}
