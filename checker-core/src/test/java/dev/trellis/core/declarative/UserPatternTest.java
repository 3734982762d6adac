package dev.trellis.core.declarative;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class UserPatternTest {
  private static final String[] PIECES = {
    "a",
    "b",
    "c",
    "A",
    "é",
    "\uD83D\uDE00",
    " ",
    ".",
    "\\.",
    "[ab]",
    "[^a]",
    "[]a]",
    "(a|b)",
    "(?:ab)",
    "|",
    "^",
    "$",
    "\\b",
    "\\s",
    "\\n",
    "(?i)",
    "(?-i)",
    "(?i:a)",
    "*",
    "+",
    "?",
    "*?",
    "{0,2}",
    "{2}",
    "{1,}",
    "{,2}",
    "{",
    "}",
    "\\Qa.\\E",
    "\\Q\\E",
    "\\pL",
    "\\x{61}"
  };
  private static final String TEXT_CHARS = "abcAB.é \n{},2";

  @Test
  void skippingTextsWithoutTheRequiredLiteralNeverChangesTheAnswer() {
    Random random = new Random(20261127L);
    int compared = 0;
    int skipped = 0;
    while (compared < 30_000) {
      String regex = randomPattern(random);
      Pattern plain;
      try {
        plain = Pattern.compile(regex, Pattern.MULTILINE);
      } catch (PatternSyntaxException e) {
        continue;
      }
      UserPattern pattern = UserPattern.compile(regex);
      for (int t = 0; t < 10; t++) {
        String text = randomText(random);
        assertThat(pattern.foundIn(text))
            .as("'%s' in '%s'", regex, text)
            .isEqualTo(plain.matcher(text).find());
        assertThat(pattern.matches(text).stream().map(UserPattern.Match::text).toList())
            .as("'%s' in '%s'", regex, text)
            .isEqualTo(allMatches(plain, text));
        compared++;
        if (!pattern.required().isEmpty()
            && pattern.required().stream().noneMatch(text::contains)) {
          skipped++;
        }
      }
    }
    // the comparison is only worth something when the prefilter often decides
    assertThat(skipped).isGreaterThan(compared / 10);
  }

  @Test
  void flagsAcrossTopLevelBranchesNeverHideAMatch() {
    List<String> patterns =
        List.of(
            "(?i)a(?-i)B|C", "(?i)x|Y", "a(?i)|B", "(?i:a)|B", "TODO|(?i)fixme", "(?i)TODO|FIXME");
    List<String> texts =
        List.of("c", "C", "y", "Y", "b", "B", "ab", "AB", "todo", "fixme", "FIXME");
    for (String regex : patterns) {
      Pattern plain = Pattern.compile(regex, Pattern.MULTILINE);
      UserPattern pattern = UserPattern.compile(regex);
      for (String text : texts) {
        assertThat(pattern.foundIn(text))
            .as("'%s' in '%s'", regex, text)
            .isEqualTo(plain.matcher(text).find());
      }
    }
    assertThat(UserPattern.compile("TODO|FIXME").required()).containsExactly("TODO", "FIXME");
    assertThat(UserPattern.compile("TODO|FIXME").foundIn("nothing to do here")).isFalse();
  }

  @Test
  void theOrgBaselinesConsoleLoggingPatternSkipsFilesWithoutSystemDot() {
    UserPattern pattern = UserPattern.compile("^[^*/\\n]*System\\.(out|err)\\.print");

    assertThat(pattern.required()).containsExactly("System.");
    assertThat(pattern.foundIn("class A {\n  void f() { log.info(\"x\"); }\n}\n")).isFalse();
    assertThat(pattern.matches("  System.out.println(x);\n// System.err.print(y)\n"))
        .containsExactly(new UserPattern.Match(1, 1, "  System.out.print"));
  }

  private static String randomPattern(Random random) {
    StringBuilder out = new StringBuilder();
    int pieces = 1 + random.nextInt(6);
    for (int k = 0; k < pieces; k++) {
      out.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return out.toString();
  }

  private static String randomText(Random random) {
    StringBuilder out = new StringBuilder();
    int length = random.nextInt(24);
    for (int k = 0; k < length; k++) {
      if (random.nextInt(20) == 0) {
        out.append("\uD83D\uDE00");
      } else {
        out.append(TEXT_CHARS.charAt(random.nextInt(TEXT_CHARS.length())));
      }
    }
    return out.toString();
  }

  private static List<String> allMatches(Pattern plain, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = plain.matcher(text);
    int from = 0;
    while (from <= text.length() && m.find(from)) {
      out.add(m.group());
      from = m.end() > m.start() ? m.end() : m.start() + 1;
    }
    return out;
  }
}
