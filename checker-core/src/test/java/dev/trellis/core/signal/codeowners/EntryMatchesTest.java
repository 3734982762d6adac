package dev.trellis.core.signal.codeowners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntryMatchesTest {
  private static final List<String> FILES =
      List.of("README.md", "docs/a.md", "sys/net/netif/a.c", "sys/net/netif/b.c", "sys/net/x.c");

  @Test
  void aLineEveryFileOfWhichALaterLineOwnsIsTakenByThatLine() {
    Codeowners co =
        Codeowners.of(
            "CODEOWNERS", "/sys/net/netif/ @a\n/sys/net/ @b\n/old/ @c\n*.md @d\n", Dialect.GITHUB);
    RepoOwnership own = RepoOwnership.of(co.index(), FILES);
    EntryMatches m = EntryMatches.of(co.index(), own);
    List<Entry> e = co.file().get().entries();
    assertThat(m.matched(e.get(0))).isEqualTo(2);
    assertThat(m.decided(e.get(0))).isZero();
    assertThat(m.takenBy(e.get(0))).containsExactly(1);
    assertThat(m.decided(e.get(1))).isEqualTo(3);
    assertThat(m.matched(e.get(2))).isZero();
    assertThat(own.unowned()).isEmpty();
    assertThat(own.ownership("sys/net/netif/a.c").owners()).containsExactly("@b");
  }

  @Test
  void gitlabLinesAreTakenOnlyWithinTheirSectionOrByAnExclusion() {
    Codeowners co =
        Codeowners.of(
            "CODEOWNERS",
            "*.md @a\n[Docs]\n*.md @b\n[Other]\n/docs/ @c\n!docs/a.md\n",
            Dialect.GITLAB);
    RepoOwnership own = RepoOwnership.of(co.index(), FILES);
    EntryMatches m = EntryMatches.of(co.index(), own);
    List<Entry> e = co.file().get().entries();
    assertThat(m.decided(e.get(0))).isEqualTo(2);
    assertThat(m.decided(e.get(1))).isEqualTo(2);
    assertThat(m.takenBy(e.get(2))).containsExactly(3);
    assertThat(m.decided(e.get(2))).isZero();
    assertThat(own.ownership("docs/a.md").owners()).containsExactly("@a", "@b");
    assertThat(own.unowned())
        .containsExactly("sys/net/netif/a.c", "sys/net/netif/b.c", "sys/net/x.c");
  }
}
