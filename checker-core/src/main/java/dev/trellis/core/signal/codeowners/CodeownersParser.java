package dev.trellis.core.signal.codeowners;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Parses CODEOWNERS text in one dialect, keeping line and column for every entry and error, and
 * never throwing on bad input. One pass over the lines; cost is linear in the file's size.
 *
 * <p>Assumptions where the sources disagree (see {@code shared/formats/codeowners.md}):
 *
 * <ul>
 *   <li>GitHub: every {@code #} ends the rule, even an escaped one or one inside a pattern (as
 *       hmarr/codeowners reads it); {@code \#file} therefore leaves a dangling {@code \} and is an
 *       invalid pattern, matching the docs' "escaping a leading # does not work".
 *   <li>GitHub: a line with any invalid pattern or owner is skipped whole (the current docs), and
 *       each invalid owner is reported with its own column.
 *   <li>GitLab: there are no inline comments; owner text is split on whitespace and commas and
 *       every token that is no owner reference is ignored. An entry whose owner text has no
 *       reference at all gets no owners (it does not fall back to the section's defaults).
 *   <li>GitLab: an unparsable header ({@code [Section name}) is reported once and read as an entry
 *       of the current section, without a second error for its owner text.
 * </ul>
 */
public final class CodeownersParser {
  private CodeownersParser() {}

  /** Parses {@code text}, read from {@code path} of {@code size} bytes. */
  public static CodeownersFile parse(String path, String text, Dialect dialect, long size) {
    if (dialect == Dialect.GITHUB && size >= CodeownersFile.GITHUB_MAX_SIZE) {
      SyntaxError tooLarge =
          new SyntaxError(
              0,
              0,
              "File too large",
              String.format(
                  Locale.ROOT,
                  "the file is %.1f MB; GitHub does not load a CODEOWNERS file of 3 MB or more,"
                      + " so no file has a code owner",
                  size / (1024.0 * 1024.0)),
              Optional.empty(),
              "Shorten it below 3 MB: own whole directories instead of single files.",
              "",
              true);
      return new CodeownersFile(
          path,
          dialect,
          size,
          false,
          List.of(new Section(0, "", 0, false, 1, List.of())),
          List.of(),
          List.of(tooLarge));
    }
    Builder b = new Builder(path, dialect, size);
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String raw = lines[i];
      if (raw.endsWith("\r")) {
        raw = raw.substring(0, raw.length() - 1);
      }
      int start = skipSpace(raw, 0);
      if (start == raw.length() || raw.charAt(start) == '#') {
        continue;
      }
      if (dialect == Dialect.GITHUB) {
        b.github(i + 1, raw, start);
      } else {
        b.gitlab(i + 1, raw, start);
      }
    }
    return b.build();
  }

  /** Whether the text uses syntax only GitLab has: section headers or {@code @@role} owners. */
  public static boolean hasGitLabSyntax(String text) {
    for (String line : text.split("\n")) {
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      if ((t.startsWith("[") || t.startsWith("^[")) && t.indexOf(']') > 0) {
        return true;
      }
      for (String token : t.split("\\s+")) {
        if (token.startsWith("@@")) {
          return true;
        }
      }
    }
    return false;
  }

  private static int skipSpace(String s, int i) {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** End of the pattern that starts at {@code i}: the first whitespace not escaped by {@code \}. */
  private static int patternEnd(String s, int i) {
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        i += 2;
      } else if (Character.isWhitespace(c)) {
        return i;
      } else {
        i++;
      }
    }
    return i;
  }

  /** Tokens of {@code s[from, to)} separated by whitespace (and commas on GitLab). */
  private static List<Owner> owners(String s, int from, int to, Dialect dialect) {
    List<Owner> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || (dialect == Dialect.GITLAB && c == ',')) {
        i++;
        continue;
      }
      int j = i;
      while (j < to
          && !Character.isWhitespace(s.charAt(j))
          && !(dialect == Dialect.GITLAB && s.charAt(j) == ',')) {
        j++;
      }
      out.add(Owner.of(s.substring(i, j), i + 1, dialect));
      i = j;
    }
    return out;
  }

  private static final class Builder {
    private final String path;
    private final Dialect dialect;
    private final long size;
    private final List<Entry> entries = new ArrayList<>();
    private final List<SyntaxError> errors = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private final Map<String, Integer> sectionByName = new HashMap<>();
    private int current;

    Builder(String path, Dialect dialect, long size) {
      this.path = path;
      this.dialect = dialect;
      this.size = size;
      sections.add(new Section(0, "", 0, false, 1, List.of()));
    }

    CodeownersFile build() {
      return new CodeownersFile(path, dialect, size, true, sections, entries, errors);
    }

    private void error(
        int line,
        int column,
        String kind,
        String reason,
        String suggestion,
        String fix,
        String source,
        boolean skips) {
      errors.add(
          new SyntaxError(
              line, column, kind, reason, Optional.ofNullable(suggestion), fix, source, skips));
    }

    // ---------------------------------------------------------------- GitHub

    void github(int line, String raw, int start) {
      int hash = raw.indexOf('#', start);
      int contentEnd = hash < 0 ? raw.length() : hash;
      int pEnd = Math.min(patternEnd(raw, start), contentEnd);
      String pattern = raw.substring(start, pEnd);
      List<Owner> written = owners(raw, pEnd, contentEnd, dialect);
      String source = raw.strip();
      int before = errors.size();
      int col = start + 1;
      String badPattern = "Invalid pattern";
      if (pattern.endsWith("\\") && !pattern.endsWith("\\\\")) {
        if (hash == pEnd && pattern.length() == 1) {
          error(
              line,
              col,
              badPattern,
              "escaping a leading `#` with `\\` does not work on GitHub: the `#` starts a comment",
              null,
              "GitHub cannot match a path that starts with `#` literally; use `?` for the `#` ("
                  + "`?"
                  + raw.substring(hash + 1, patternEnd(raw, hash + 1))
                  + "`), or rename the file.",
              source,
              true);
        } else {
          error(
              line,
              col,
              badPattern,
              "the pattern ends with a lone `\\`"
                  + (hash == pEnd ? " because GitHub starts a comment at every `#`" : ""),
              null,
              "Remove the `\\`, or replace the `#` with `?`.",
              source,
              true);
        }
      } else if (pattern.startsWith("!")) {
        error(
            line,
            col,
            badPattern,
            "negation with `!` does not work in GitHub's CODEOWNERS",
            null,
            "Un-own files with a later line that has the pattern and no owners, for example `"
                + pattern.substring(1)
                + "` alone.",
            source,
            true);
      } else if (hasUnescaped(pattern, '[') || hasUnescaped(pattern, ']')) {
        error(
            line,
            col,
            badPattern,
            "both `[` and `]` must be escaped with a `\\`",
            null,
            "Character ranges do not work on GitHub: write one line per name, or escape the"
                + " brackets (`\\[` and `\\]`) to match them literally.",
            source,
            true);
      } else if (pattern.contains("***")) {
        String fixed = pattern.replaceAll("\\*{3,}", "**");
        error(
            line,
            col,
            badPattern,
            "`***` is not a valid wildcard",
            "Did you mean `" + fixed + "`?",
            "Write `" + fixed + "`.",
            source,
            true);
      } else if (pattern.equals("/")) {
        error(
            line,
            col,
            badPattern,
            "The pattern `/` will never match anything",
            "did you mean `*` instead?",
            "Write `*` to own every file.",
            source,
            true);
      }
      for (Owner o : written) {
        if (!o.valid()) {
          error(
              line,
              o.column(),
              "Invalid owner",
              "`"
                  + o.text()
                  + "` is not a user (`@name`), a team (`@org/team`) or an email address",
              null,
              ownerFix(o.text()),
              source,
              true);
        }
      }
      boolean skipped = errors.size() > before;
      List<Owner> valid = written.stream().filter(Owner::valid).toList();
      entries.add(
          new Entry(
              entries.size(),
              line,
              col,
              pattern,
              PathPattern.compile(dialect, pattern),
              false,
              written,
              skipped ? List.of() : dedupe(valid),
              false,
              0,
              skipped));
    }

    private static String ownerFix(String token) {
      if (!token.startsWith("@") && !token.contains("@")) {
        return "Write `@" + token + "` for a user or `@org/" + token + "` for a team.";
      }
      return "Write a user as `@name`, a team as `@org/team`, or a full email address.";
    }

    private static boolean hasUnescaped(String s, char target) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '\\') {
          i++;
        } else if (c == target) {
          return true;
        }
      }
      return false;
    }

    private static List<Owner> dedupe(List<Owner> owners) {
      List<Owner> out = new ArrayList<>();
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (Owner o : owners) {
        if (seen.add(o.normalized())) {
          out.add(o);
        }
      }
      return out;
    }

    // ---------------------------------------------------------------- GitLab

    void gitlab(int line, String raw, int start) {
      String source = raw.strip();
      char c0 = raw.charAt(start);
      boolean header =
          c0 == '[' || (c0 == '^' && start + 1 < raw.length() && raw.charAt(start + 1) == '[');
      if (header && header(line, raw, start, source)) {
        return;
      }
      entry(line, raw, start, source, header);
    }

    /** Reads a section header; false when it cannot be parsed and is to be read as an entry. */
    private boolean header(int line, String raw, int start, String source) {
      boolean optional = raw.charAt(start) == '^';
      int open = optional ? start + 1 : start;
      int close = raw.indexOf(']', open + 1);
      if (close < 0) {
        error(
            line,
            open + 1,
            "invalid_section_format",
            "the section header has no closing `]`",
            null,
            "Close the header (`" + source + "]`), or escape a pattern's `[` as `\\[`.",
            source,
            false);
        return false;
      }
      String name = raw.substring(open + 1, close).strip();
      int i = close + 1;
      int approvals = 1;
      boolean approvalsWritten = false;
      if (i < raw.length() && raw.charAt(i) == '[') {
        int close2 = raw.indexOf(']', i + 1);
        if (close2 > 0) {
          approvalsWritten = true;
          String n = raw.substring(i + 1, close2).strip();
          try {
            approvals = Math.max(1, Integer.parseInt(n));
          } catch (NumberFormatException e) {
            approvals = 1;
          }
          i = close2 + 1;
        }
      }
      if (name.isEmpty()) {
        error(
            line,
            open + 1,
            "missing_section_name",
            "the section header has no name",
            null,
            "Name the section, for example `[Documentation]`.",
            source,
            true);
        return true;
      }
      if (optional && approvalsWritten) {
        error(
            line,
            start + 1,
            "invalid_approval_requirement",
            "an optional section (`^`) cannot require approvals",
            null,
            "Drop the `^` to require approvals, or drop the `[N]` to keep the section optional.",
            source,
            false);
        approvals = 1;
      }
      List<Owner> defaults = owners(raw, i, raw.length(), dialect);
      List<Owner> validDefaults = defaults.stream().filter(Owner::valid).toList();
      if (!defaults.isEmpty() && validDefaults.isEmpty()) {
        error(
            line,
            defaults.get(0).column(),
            "invalid_section_owner_format",
            "the section's default owners hold no user, group, role or email",
            null,
            "Write default owners as `@user`, `@group`, `@@role` or an email address.",
            source,
            false);
      }
      String key = name.toLowerCase(Locale.ROOT);
      Integer existing = sectionByName.get(key);
      if (existing == null) {
        Section s =
            new Section(sections.size(), name, line, optional, approvals, dedupe(validDefaults));
        sections.add(s);
        sectionByName.put(key, s.index());
        current = s.index();
      } else {
        Section old = sections.get(existing);
        sections.set(
            existing,
            new Section(
                old.index(),
                old.name(),
                old.line(),
                old.optional(),
                old.approvals(),
                dedupe(validDefaults)));
        current = existing;
      }
      return true;
    }

    private void entry(int line, String raw, int start, String source, boolean badHeader) {
      boolean exclusion = raw.charAt(start) == '!';
      int pStart = exclusion ? start + 1 : start;
      int pEnd = patternEnd(raw, pStart);
      String pattern = raw.substring(pStart, pEnd);
      List<Owner> written = owners(raw, pEnd, raw.length(), dialect);
      Section section = sections.get(current);
      List<Owner> owners = List.of();
      boolean defaults = false;
      if (!exclusion) {
        List<Owner> valid = written.stream().filter(Owner::valid).toList();
        if (written.isEmpty()) {
          if (section.defaultOwners().isEmpty()) {
            error(
                line,
                start + 1,
                "missing_entry_owner",
                "the entry has no owners and its section has no default owners",
                null,
                "Add owners to the line"
                    + (section.isDefault() ? "" : " or to the section header")
                    + "; GitLab treats an entry without owners as invalid and approves it"
                    + " automatically.",
                source,
                false);
          } else {
            owners = section.defaultOwners();
            defaults = true;
          }
        } else if (valid.isEmpty() && !badHeader) {
          error(
              line,
              written.get(0).column(),
              "invalid_entry_owner_format",
              "the owners hold no user, group, role or email",
              null,
              "Write owners as `@user`, `@group`, `@@role` or an email address.",
              source,
              false);
        } else {
          owners = dedupe(valid);
        }
      }
      entries.add(
          new Entry(
              entries.size(),
              line,
              pStart + 1,
              pattern,
              PathPattern.compile(dialect, pattern),
              exclusion,
              written,
              owners,
              defaults,
              current,
              false));
    }
  }
}
