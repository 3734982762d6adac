package dev.trellis.core.signal.codeowners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CodeownersParserTest {

  private static CodeownersFile github(String text) {
    return CodeownersParser.parse(".github/CODEOWNERS", text, Dialect.GITHUB, text.length());
  }

  private static CodeownersFile gitlab(String text) {
    return CodeownersParser.parse("CODEOWNERS", text, Dialect.GITLAB, text.length());
  }

  private static String describe(SyntaxError e) {
    return e.line() + ":" + e.column() + " " + e.kind() + ": " + e.reason();
  }

  @Test
  void entriesKeepTheirLineAndColumnAndCommentsAndBlankLinesAreSkipped() {
    CodeownersFile f =
        github("# comment\n\n   \n  *.js   @a @org/team  # note @c\n/docs/ x@y.io\n");
    assertThat(f.entries()).hasSize(2);
    Entry js = f.entries().get(0);
    assertThat(js.line()).isEqualTo(4);
    assertThat(js.column()).isEqualTo(3);
    assertThat(js.pattern()).isEqualTo("*.js");
    assertThat(js.ownerNames()).containsExactly("@a", "@org/team");
    assertThat(js.written()).extracting(Owner::column).containsExactly(10, 13);
    assertThat(f.entries().get(1).owners())
        .extracting(Owner::kind)
        .containsExactly(Owner.Kind.EMAIL);
    assertThat(f.errors()).isEmpty();
  }

  @Test
  void crlfLinesParseLikeLfLines() {
    CodeownersFile f = github("*.go @go\r\n/docs/ @docs\r\n");
    assertThat(f.entries()).extracting(Entry::pattern).containsExactly("*.go", "/docs/");
    assertThat(f.entries().get(1).ownerNames()).containsExactly("@docs");
  }

  @Test
  void githubReportsTheApiExampleErrorsWithKindColumnAndSuggestion() {
    CodeownersFile f = github("***/*.rb @monalisa\n*.txt docs@\n* user\n");
    assertThat(f.errors())
        .extracting(CodeownersParserTest::describe)
        .containsExactly(
            "1:1 Invalid pattern: `***` is not a valid wildcard",
            "2:7 Invalid owner: `docs@` is not a user (`@name`), a team (`@org/team`) or an email"
                + " address",
            "3:3 Invalid owner: `user` is not a user (`@name`), a team (`@org/team`) or an email"
                + " address");
    assertThat(f.errors().get(0).suggestion()).contains("Did you mean `**/*.rb`?");
    assertThat(f.entries()).allMatch(Entry::skipped);
  }

  @Test
  void githubRejectsNegationBracketsTheRootPatternAndAnEscapedHash() {
    CodeownersFile f =
        github("!*.md @a\nPython/ceval*.[ch] @py\n/ @root\n\\#file.rb @p\nok/ @ok\n");
    assertThat(f.errors())
        .extracting(CodeownersParserTest::describe)
        .containsExactly(
            "1:1 Invalid pattern: negation with `!` does not work in GitHub's CODEOWNERS",
            "2:1 Invalid pattern: both `[` and `]` must be escaped with a `\\`",
            "3:1 Invalid pattern: The pattern `/` will never match anything",
            "4:1 Invalid pattern: escaping a leading `#` with `\\` does not work on GitHub: the"
                + " `#` starts a comment");
    assertThat(f.errors().get(2).suggestion()).contains("did you mean `*` instead?");
    assertThat(f.activeEntries()).extracting(Entry::pattern).containsExactly("ok/");
  }

  @Test
  void githubLinesWithoutOwnersAreValid() {
    CodeownersFile f = github("/apps/ @octocat\n/apps/github\n");
    assertThat(f.errors()).isEmpty();
    assertThat(f.entries().get(1).owners()).isEmpty();
    assertThat(f.entries().get(1).active()).isTrue();
  }

  @Test
  void githubDoesNotLoadAFileOfThreeMegabytesOrMore() {
    CodeownersFile f = CodeownersParser.parse("CODEOWNERS", "* @a\n", Dialect.GITHUB, 3_300_000L);
    assertThat(f.loaded()).isFalse();
    assertThat(f.entries()).isEmpty();
    assertThat(f.errors())
        .singleElement()
        .extracting(SyntaxError::kind)
        .isEqualTo("File too large");
    assertThat(OwnershipIndex.of(f).resolve("a").owned()).isFalse();
    CodeownersFile small =
        CodeownersParser.parse("CODEOWNERS", "* @a\n", Dialect.GITHUB, 2_900_000L);
    assertThat(small.loaded()).isTrue();
  }

  @Test
  void gitlabHasNoSizeLimit() {
    CodeownersFile f = CodeownersParser.parse("CODEOWNERS", "* @a\n", Dialect.GITLAB, 5_000_000L);
    assertThat(f.loaded()).isTrue();
  }

  @Test
  void gitlabSectionsKeepNameOptionalityApprovalsAndDefaultOwners() {
    CodeownersFile f =
        gitlab(
            "* @all\n[Docs][2] @docs @@maintainer\n*.md\n^[Optional]\n*.rb @rb\n[docs]\n*.txt\n");
    assertThat(f.sections())
        .extracting(Section::name, Section::line, Section::optional, Section::approvals)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("", 0, false, 1),
            org.assertj.core.groups.Tuple.tuple("Docs", 2, false, 2),
            org.assertj.core.groups.Tuple.tuple("Optional", 4, true, 1));
    Entry md = f.entries().get(1);
    assertThat(md.section()).isEqualTo(1);
    assertThat(md.defaultOwners()).isTrue();
    assertThat(md.ownerNames()).containsExactly("@docs", "@@maintainer");
    assertThat(f.entries().get(3).section()).isEqualTo(1);
    assertThat(f.errors())
        .extracting(CodeownersParserTest::describe)
        .containsExactly(
            "7:1 missing_entry_owner: the entry has no owners and its section has no default owners");
  }

  @Test
  void gitlabApprovalsOfZeroOrGarbageCountAsOne() {
    CodeownersFile f = gitlab("[A][0] @a\n[B][x] @b\n");
    assertThat(f.sections()).extracting(Section::approvals).containsExactly(1, 1, 1);
  }

  @Test
  void gitlabReportsEachDocumentedErrorKind() {
    CodeownersFile f =
        gitlab(
            "[Section name\n[]\n^[Doc][1]\n[Doc2] malformed\n*.rb not_a_user\ndocs/\n*.md @ok bad\n");
    assertThat(f.errors())
        .extracting(CodeownersParserTest::describe)
        .containsExactly(
            "1:1 invalid_section_format: the section header has no closing `]`",
            "2:1 missing_section_name: the section header has no name",
            "3:1 invalid_approval_requirement: an optional section (`^`) cannot require approvals",
            "4:8 invalid_section_owner_format: the section's default owners hold no user, group,"
                + " role or email",
            "5:6 invalid_entry_owner_format: the owners hold no user, group, role or email",
            "6:1 missing_entry_owner: the entry has no owners and its section has no default"
                + " owners");
    Entry unparsable = f.entries().get(0);
    assertThat(unparsable.pattern()).isEqualTo("[Section");
    assertThat(unparsable.section()).isZero();
    assertThat(f.entries().get(3).ownerNames()).containsExactly("@ok");
  }

  @Test
  void gitlabExclusionsAreValidLinesWithoutOwners() {
    CodeownersFile f = gitlab("[Docs] @docs\n!*.lock\n");
    assertThat(f.errors()).isEmpty();
    Entry e = f.entries().get(0);
    assertThat(e.exclusion()).isTrue();
    assertThat(e.pattern()).isEqualTo("*.lock");
    assertThat(e.column()).isEqualTo(2);
    assertThat(e.owners()).isEmpty();
  }

  @Test
  void gitlabOnlySyntaxIsRecognised() {
    assertThat(CodeownersParser.hasGitLabSyntax("* @a\n[Docs]\n")).isTrue();
    assertThat(CodeownersParser.hasGitLabSyntax("* @@developer\n")).isTrue();
    assertThat(CodeownersParser.hasGitLabSyntax("# [Docs]\n* @a\n!x\n")).isFalse();
  }

  @Test
  void ownersAreClassifiedPerDialect() {
    assertThat(Owner.classify("@org/team/sub", Dialect.GITHUB)).isEqualTo(Owner.Kind.MALFORMED);
    assertThat(Owner.classify("@group/sub/subsub", Dialect.GITLAB)).isEqualTo(Owner.Kind.GROUP);
    assertThat(Owner.classify("@@developers", Dialect.GITLAB)).isEqualTo(Owner.Kind.ROLE);
    assertThat(Owner.classify("@@developer", Dialect.GITHUB)).isEqualTo(Owner.Kind.MALFORMED);
    assertThat(Owner.classify("docs@", Dialect.GITHUB)).isEqualTo(Owner.Kind.MALFORMED);
    assertThat(Owner.classify("user@example.com", Dialect.GITLAB)).isEqualTo(Owner.Kind.EMAIL);
  }

  @Test
  void parsingNeverThrowsOnOddInput() {
    for (String text :
        List.of(
            "\\",
            "[",
            "^",
            "^[",
            "[]]",
            "!",
            "#",
            " \t ",
            "a\\",
            "\u0000\u0001",
            "[a][",
            "**/**/")) {
      github(text);
      CodeownersFile f = gitlab(text);
      OwnershipIndex.of(f).resolve("a/b");
    }
    assertThat(Optional.of(github("[")).get().errors()).isNotEmpty();
  }
}
