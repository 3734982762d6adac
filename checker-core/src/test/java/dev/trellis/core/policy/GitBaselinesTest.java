package dev.trellis.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Baselines from a standards git repository, built here with JGit. */
class GitBaselinesTest {
  @TempDir Path dir;

  /** A standards repository: v1 and v2 tagged, main one commit further. */
  private Path standards() throws Exception {
    Path src = dir.resolve("standards");
    try (Git git = Git.init().setDirectory(src.toFile()).setInitialBranch("main").call()) {
      commit(git, src, "name: acme-baseline\nversion: 1\nlatest: 2\nrules:\n  adr/format: warn\n");
      git.tag().setName("v1").setAnnotated(true).setMessage("v1").call();
      commit(git, src, "name: acme-baseline\nversion: 2\nlatest: 2\nrules:\n  adr/format: error\n");
      git.tag().setName("v2").setAnnotated(false).call();
      commit(git, src, "name: acme-baseline\nversion: 3-dev\nrules:\n  adr/format: error\n");
    }
    return src;
  }

  private static RevCommit commit(Git git, Path src, String baseline) throws Exception {
    Files.writeString(src.resolve("baseline.yml"), baseline, StandardCharsets.UTF_8);
    git.add().addFilepattern("baseline.yml").call();
    return git.commit()
        .setMessage("baseline")
        .setAuthor("Platform", "platform@acme.example")
        .setCommitter("Platform", "platform@acme.example")
        .setSign(false)
        .call();
  }

  private static void delete(Path p) throws IOException {
    try (Stream<Path> walk = Files.walk(p)) {
      for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }

  @Test
  void aTaggedBaselineIsReadFromGitAndThenFromTheCacheOnceTheSourceIsGone() throws Exception {
    Path src = standards();
    PolicyFixture fx =
        new PolicyFixture(dir)
            .file("trellis.yml", "extends:", "  - git:../standards#v1:baseline.yml");
    EffectivePolicy first = fx.load();
    BaselineRef base = first.baselines().get(0);
    assertThat(base.toString()).isEqualTo("acme-baseline v1");
    assertThat(base.source()).isEqualTo("git:../standards#v1:baseline.yml");
    assertThat(base.pinned()).isTrue();
    assertThat(base.commit()).isPresent();
    assertThat(base.outdated()).isTrue();
    assertThat(first.rules().get("adr/format").levelFrom())
        .hasToString("acme-baseline v1, baseline.yml@v1:5");
    assertThat(Files.list(fx.cache.resolve("git")).map(p -> p.getFileName().toString()))
        .anyMatch(n -> n.endsWith(".git"));

    delete(src);
    EffectivePolicy offline = fx.load();
    assertThat(offline.baselines().get(0)).isEqualTo(base);
    assertThat(offline.rules().get("adr/format").level().id()).isEqualTo("warn");
  }

  @Test
  void fileUrlsLightweightTagsAndCommitIdsWork() throws Exception {
    Path src = standards();
    String url = src.toUri().toString();
    String v1Commit;
    try (Git git = Git.open(src.toFile())) {
      v1Commit = git.getRepository().resolve("refs/tags/v1^{commit}").getName();
    }
    PolicyFixture fx =
        new PolicyFixture(dir)
            .file("trellis.yml", "extends: [\"git:" + url + "#v2:baseline.yml\"]");
    assertThat(fx.load().baselines().get(0).toString()).isEqualTo("acme-baseline v2");
    fx.file(
        "trellis.yml",
        "extends: [\"git:" + url + "#" + v1Commit.substring(0, 10) + ":baseline.yml\"]");
    EffectivePolicy byCommit = fx.load();
    assertThat(byCommit.baselines().get(0).commit()).hasValue(v1Commit);
    assertThat(byCommit.baselines().get(0).pinned()).isTrue();
  }

  @Test
  void aBranchIsFollowedButMarkedUnpinnedAndStillWorksOffline() throws Exception {
    Path src = standards();
    PolicyFixture fx =
        new PolicyFixture(dir)
            .file("trellis.yml", "extends: [\"git:../standards#main:baseline.yml\"]");
    BaselineRef online = fx.load().baselines().get(0);
    assertThat(online.pinned()).isFalse();
    assertThat(online.version()).isEqualTo("3-dev");
    assertThat(online.referencedFrom()).hasValue(new Provenance("trellis.yml", 1, ""));
    delete(src);
    assertThat(fx.load().baselines().get(0)).isEqualTo(online);
  }

  @Test
  void unknownRefsMissingPathsAndUnreachableRepositoriesAreConfigurationProblems()
      throws Exception {
    standards();
    PolicyFixture fx =
        new PolicyFixture(dir)
            .file(
                "trellis.yml",
                "extends:",
                "  - git:../standards#v9:baseline.yml",
                "  - git:../standards#v1:missing.yml",
                "  - git:../nowhere#v1:baseline.yml");
    Path nowhere = dir.resolve("nowhere");
    assertThat(fx.problems())
        .hasSize(3)
        .element(0)
        .isEqualTo(
            "trellis.yml:2: 'v9' is neither a tag, a branch nor a commit of "
                + dir.resolve("standards")
                + ". Pin the baseline to an existing tag or commit, for example #v3.");
    assertThat(fx.problems().get(1))
        .startsWith("trellis.yml:3: no file 'missing.yml' in ")
        .endsWith(
            " at v1 (commit "
                + fx.problems().get(1).replaceAll(".*\\(commit ([0-9a-f]{7})\\).*", "$1")
                + "). Check the path after the ':' in the reference; it starts at the repository"
                + " root.");
    assertThat(fx.problems().get(2))
        .startsWith("trellis.yml:4: cannot fetch the baseline repository " + nowhere + " (")
        .endsWith(
            "), and the cache has no 'v1' from it. Check the URL and the network; once fetched, a"
                + " tag or commit is used offline from "
                + fx.cache.toAbsolutePath()
                + ".");
  }

  @Test
  void specsParseUrlRefAndPath() {
    assertThat(
            GitBaselines.Spec.parse(
                "git:https://git.example.com/acme/standards.git#v3:baseline.yml"))
        .hasValue(
            new GitBaselines.Spec(
                "https://git.example.com/acme/standards.git", "v3", "baseline.yml"));
    assertThat(GitBaselines.Spec.parse("git:../s#v3:/dir/b.yml"))
        .hasValue(new GitBaselines.Spec("../s", "v3", "dir/b.yml"));
    assertThat(GitBaselines.Spec.parse("git:../s#v3")).isEqualTo(Optional.empty());
    assertThat(GitBaselines.Spec.parse("git:../s:v3:b.yml")).isEqualTo(Optional.empty());
  }
}
