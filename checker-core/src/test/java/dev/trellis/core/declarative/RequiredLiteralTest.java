package dev.trellis.core.declarative;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RequiredLiteralTest {

  static Stream<Arguments> patterns() {
    return Stream.of(
        // pattern, the literal every match contains ("" when none is claimed)
        Arguments.of("^[^*/\\n]*System\\.(out|err)\\.print", "System."),
        Arguments.of("corp\\.acme\\.internal", "corp.acme.internal"),
        Arguments.of("Copyright \\d{4} Acme", "Copyright "),
        Arguments.of("TODO|FIXME", "TODO|FIXME"),
        Arguments.of("a|b", "a|b"),
        Arguments.of("a|b|a", "a|b"),
        Arguments.of("TODO|.*", ""),
        Arguments.of("x|", ""),
        Arguments.of("^\\s*(TODO|FIXME)|XXX", ""),
        Arguments.of("TODO:\\s|FIX(ME)?", "TODO:|FIX"),
        Arguments.of("(?i)todo|FIXME", ""),
        Arguments.of("TODO|(?i)fixme", ""),
        Arguments.of("a(?i)|B", ""),
        Arguments.of("(x)?y", "y"),
        Arguments.of("(a|b)c", "c"),
        Arguments.of("[abc]", ""),
        Arguments.of("[]|]x", "x"),
        Arguments.of("[[:alpha:]]+42", "42"),
        Arguments.of(".*", ""),
        Arguments.of("a*b", "b"),
        Arguments.of("colou?r", "colo"),
        Arguments.of("ab+cd", "ab"),
        Arguments.of("x{0,3}yz", "yz"),
        Arguments.of("x{0}yz", "yz"),
        Arguments.of("wx{2,}yz", "wx"),
        Arguments.of("a{,3}", "a{,3}"),
        Arguments.of("ab*?c", "a"),
        Arguments.of("\\Qfoo.bar\\E", "foo.bar"),
        Arguments.of("\\Qab\\E*c", "a"),
        Arguments.of("a\\Q\\E*bc", "bc"),
        Arguments.of("\\Qa|b", "a|b"),
        Arguments.of("(a|b)c\\|d", "c|d"),
        Arguments.of("(?i)Foo", ""),
        Arguments.of("Foo(?i)bar", "Foo"),
        Arguments.of("(?i)foo(?-i)Bar", "Bar"),
        Arguments.of("(?i:foo)Bar", "Bar"),
        Arguments.of("(a(?i)b)Cd", "Cd"),
        Arguments.of("a(?i)*", ""),
        Arguments.of("^\\s*TODO", "TODO"),
        Arguments.of("\\bTODO\\b", "TODO"),
        Arguments.of("\\p{Greek}+abc", "abc"),
        Arguments.of("\\pLabc", "abc"),
        Arguments.of("\\x{41}BC", "BC"),
        Arguments.of("\\x41BC", "BC"),
        Arguments.of("\\101BC", "BC"),
        Arguments.of("ab\\ncd", "ab"),
        Arguments.of("Grüße, 世界", "Grüße, 世界"),
        Arguments.of("\uD83D\uDE00+x", "\uD83D\uDE00"),
        Arguments.of("(?P<year>\\d+)-Q", "-Q"));
  }

  /** The expected literals, one per top-level branch, written joined with '|'. */
  @ParameterizedTest(name = "{0} -> ''{1}''")
  @MethodSource("patterns")
  void everyMatchContainsOneOfTheLiteralsReadFromTheTopLevelBranches(
      String pattern, String literals) {
    Pattern.compile(pattern, Pattern.MULTILINE); // the table holds only valid patterns
    assertThat(String.join("|", RequiredLiteral.anyOf(pattern))).isEqualTo(literals);
    assertThat(RequiredLiteral.of(pattern))
        .isEqualTo(
            literals.isEmpty() || RequiredLiteral.anyOf(pattern).size() > 1
                ? Optional.empty()
                : Optional.of(literals));
  }
}
