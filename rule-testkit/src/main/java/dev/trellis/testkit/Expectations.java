package dev.trellis.testkit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a fixture expects: inline {@code expect:} markers in the comments of its files, and
 * the lines of {@code expected.txt}. Mistakes in the markers themselves are collected as errors so
 * that a typo in a fixture never passes silently.
 */
final class Expectations {
  /** A marker inside a comment: {@code #}, {@code //}, {@code <!--} or {@code /*}. */
  private static final Pattern MARKER =
      Pattern.compile("(#|//|<!--|/\\*)\\s*expect:(.*?)\\s*(?:-->|\\*/)?\\s*$");

  private static final String ID = "[a-z][a-z0-9]*(?:-[a-z0-9]+)*/[a-z][a-z0-9]*(?:-[a-z0-9]+)*";

  /** One expectation inside a marker: a rule id, then optionally a quoted fragment. */
  private static final Pattern ENTRY =
      Pattern.compile("[\\s,]*(" + ID + ")(?:\\s+(?:'([^']*)'|\"([^\"]*)\"))?[\\s,]*");

  private static final Pattern EXPECTED_LINE =
      Pattern.compile(
          "(\\(repository\\)|[^\\s:]+)(?::([0-9]+))?\\s+("
              + ID
              + ")(?:\\s+(?:'(.*)'|\"(.*)\"))?\\s*");

  private static final Pattern TODAY = Pattern.compile("today:\\s*(\\S+)\\s*");

  private final List<Expectation> expected = new ArrayList<>();
  private final List<String> errors = new ArrayList<>();
  private Optional<LocalDate> today = Optional.empty();

  List<Expectation> expected() {
    return expected;
  }

  /** Mistakes in the fixture's own markers, each with file and line. */
  List<String> errors() {
    return errors;
  }

  /** The date the case runs at, when {@code expected.txt} sets one. */
  Optional<LocalDate> today() {
    return today;
  }

  /**
   * Reads the markers of one file. A marker alone on its line (only the comment) expects its
   * findings on the next line that is not itself a marker line; a marker after code expects them on
   * its own line.
   */
  void readMarkers(String path, List<String> lines) {
    List<Expectation> pendingForNextLine = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      int lineNo = i + 1;
      String line = lines.get(i);
      Matcher m = MARKER.matcher(line);
      if (!m.find()) {
        flush(pendingForNextLine, lineNo);
        continue;
      }
      boolean alone = line.substring(0, m.start()).isBlank();
      List<Expectation> entries = parseEntries(path, lineNo, m.group(2));
      if (alone) {
        pendingForNextLine.addAll(entries);
      } else {
        flush(pendingForNextLine, lineNo);
        for (Expectation e : entries) {
          expected.add(
              new Expectation(path, lineNo, e.ruleId(), e.fragment(), path + ":" + lineNo));
        }
      }
    }
    for (Expectation e : pendingForNextLine) {
      errors.add(
          e.source()
              + ": the marker 'expect: "
              + e.ruleId()
              + "' stands alone on the last line, so there is no line below it to expect a"
              + " finding on. Put it at the end of the offending line, or use expected.txt.");
    }
  }

  private void flush(List<Expectation> pending, int lineNo) {
    for (Expectation e : pending) {
      expected.add(new Expectation(e.path(), lineNo, e.ruleId(), e.fragment(), e.source()));
    }
    pending.clear();
  }

  private List<Expectation> parseEntries(String path, int lineNo, String text) {
    List<Expectation> out = new ArrayList<>();
    Matcher m = ENTRY.matcher(text);
    int pos = 0;
    while (pos < text.length() && m.find(pos) && m.start() == pos && m.end() > pos) {
      String fragment = m.group(2) != null ? m.group(2) : m.group(3);
      out.add(
          new Expectation(
              path, lineNo, m.group(1), Optional.ofNullable(fragment), path + ":" + lineNo));
      pos = m.end();
    }
    if (out.isEmpty() || pos < text.length()) {
      errors.add(
          path
              + ":"
              + lineNo
              + ": cannot read the marker 'expect:"
              + text
              + "'. Write expect: area/rule, optionally followed by 'a fragment of the message'.");
    }
    return out;
  }

  /** Reads {@code expected.txt}: one finding a line, {@code #} comments, {@code today:}. */
  void readExpectedFile(String name, List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String source = name + ":" + (i + 1);
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Matcher t = TODAY.matcher(line);
      if (t.matches()) {
        try {
          today = Optional.of(LocalDate.parse(t.group(1)));
        } catch (DateTimeParseException e) {
          errors.add(source + ": 'today:' takes a date like 2026-03-31, not '" + t.group(1) + "'.");
        }
        continue;
      }
      Matcher m = EXPECTED_LINE.matcher(line);
      if (!m.matches()) {
        errors.add(
            source
                + ": cannot read '"
                + line
                + "'. Write path:line rule-id 'fragment', path rule-id, or (repository) rule-id.");
        continue;
      }
      boolean repository = m.group(1).equals("(repository)");
      if (repository && m.group(2) != null) {
        errors.add(source + ": '(repository)' takes no line number.");
        continue;
      }
      String fragment = m.group(4) != null ? m.group(4) : m.group(5);
      expected.add(
          new Expectation(
              repository ? "" : m.group(1),
              m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
              m.group(3),
              Optional.ofNullable(fragment),
              source));
    }
  }
}
