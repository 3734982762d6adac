package dev.trellis.core.declarative;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A team's regular expression ({@code pattern:}), compiled with RE2/J: matching is linear in the
 * text, so no pattern can hang a run. {@code ^} and {@code $} match at line boundaries. A text
 * lacking all of the pattern's {@link RequiredLiteral}s is known to have no match without running
 * the expression, which is most files for most patterns.
 */
final class UserPattern {
  static final String EXAMPLE = "pattern: 'TODO|FIXME'";

  private final String text;
  private final Pattern pattern;
  private final List<String> required;

  private UserPattern(String text) {
    this.text = text;
    this.pattern = Pattern.compile(text, Pattern.MULTILINE);
    this.required = RequiredLiteral.anyOf(text);
  }

  /**
   * Compiles {@code text}.
   *
   * @throws PatternSyntaxException when it is not a valid RE2 expression
   */
  static UserPattern compile(String text) {
    return new UserPattern(text);
  }

  /** Reads and compiles {@code pattern}; a problem at its line when it is missing or invalid. */
  static Optional<UserPattern> read(DeclarativeEntry entry) {
    Optional<String> text = entry.string("pattern", EXAMPLE);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (text.get().isEmpty()) {
      entry.problem("pattern", "'pattern' is empty, which matches everywhere.", EXAMPLE);
      return Optional.empty();
    }
    try {
      return Optional.of(compile(text.get()));
    } catch (PatternSyntaxException e) {
      entry.problem(
          "pattern",
          "'"
              + text.get()
              + "' is not a valid regular expression: "
              + e.getDescription()
              + (e.getPattern() == null
                      || e.getPattern().equals(text.get())
                      || e.getPattern().equals("(?m)" + text.get())
                  ? ""
                  : " in '" + e.getPattern() + "'")
              + ".",
          "Patterns use RE2 syntax (no backreferences, no lookaround); in YAML, write them in"
              + " single quotes so that backslashes stay as written.");
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return text;
  }

  /** Literals of which every match contains one; empty when the pattern has none. */
  List<String> required() {
    return required;
  }

  boolean foundIn(String content) {
    return mayMatch(content) && pattern.matcher(content).find();
  }

  private boolean mayMatch(String content) {
    if (required.isEmpty()) {
      return true;
    }
    for (String literal : required) {
      if (content.contains(literal)) {
        return true;
      }
    }
    return false;
  }

  /** Every match in {@code content}, each with its 1-based line and column. */
  List<Match> matches(String content) {
    if (!mayMatch(content)) {
      return List.of();
    }
    int[] lineStarts = lineStarts(content);
    List<Match> out = new ArrayList<>();
    Matcher m = pattern.matcher(content);
    int from = 0;
    while (from <= content.length() && m.find(from)) {
      int start = m.start();
      int idx = Arrays.binarySearch(lineStarts, start);
      int line = idx >= 0 ? idx : -idx - 2;
      out.add(new Match(line + 1, start - lineStarts[line] + 1, m.group()));
      from = m.end() > start ? m.end() : start + 1;
    }
    return out;
  }

  private static int[] lineStarts(String content) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < content.length(); i++) {
      if (content.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** One match: where, and the text matched. */
  record Match(int line, int column, String text) {
    /** The matched text on one line, shortened for a message. */
    String shown() {
      String t = text.replaceAll("\\s+", " ").strip();
      return t.length() > 60 ? t.substring(0, 57) + "..." : t;
    }
  }
}
