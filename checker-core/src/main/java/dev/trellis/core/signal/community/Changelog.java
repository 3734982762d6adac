package dev.trellis.core.signal.community;

import dev.trellis.core.signal.markdown.MarkdownDoc;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project's changelog: its file, whether it declares Keep a Changelog, and its entries read
 * leniently from the heading outline (brackets optional, {@code -}/{@code –}/{@code —} or none
 * before the date, an optional {@code v}, {@code [YANKED]}).
 *
 * @param path the changelog file
 * @param markdown whether it is Markdown, so that its entries could be read
 * @param keepAChangelog whether it says it follows Keep a Changelog
 * @param entries newest first, as written
 */
public record Changelog(
    String path, boolean markdown, boolean keepAChangelog, List<ChangelogEntry> entries) {
  public Changelog {
    entries = List.copyOf(entries);
  }

  /** File names (without extension, any case) read as changelogs, in order of preference. */
  public static final List<String> NAMES =
      List.of(
          "changelog", "changes", "history", "news", "releases", "release-notes", "release_notes");

  private static final Pattern VERSION =
      Pattern.compile(
          "^(?:(?:version|release)\\s+)?\\[?\\s*v?(\\d+(?:\\.\\d+)+(?:[-+][0-9A-Za-z.+-]*[0-9A-Za-z])?)"
              + "\\s*\\]?(.*)$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern UNRELEASED =
      Pattern.compile(
          "^\\[?\\s*(unreleased|upcoming|next)\\s*\\]?\\b.*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern OTHER_DATE =
      Pattern.compile(
          "(\\d{4}/\\d{1,2}/\\d{1,2}|\\d{1,2}[./]\\d{1,2}[./]\\d{4}"
              + "|\\d{1,2} [A-Za-z]{3,9}\\.? \\d{4}|[A-Za-z]{3,9}\\.? \\d{1,2},? \\d{4})");

  static Changelog fromMarkdown(MarkdownDoc doc) {
    String all = String.join("\n", doc.lines()).toLowerCase(Locale.ROOT);
    boolean kac = all.contains("keepachangelog.com") || all.contains("keep a changelog");
    int entryLevel = 0;
    for (MarkdownDoc.Heading h : doc.headings()) {
      if (VERSION.matcher(h.text().strip()).matches()
          || UNRELEASED.matcher(h.text().strip()).matches()) {
        entryLevel = h.level();
        break;
      }
    }
    List<ChangelogEntry> entries = new ArrayList<>();
    if (entryLevel > 0) {
      List<MarkdownDoc.Heading> headings = doc.headings();
      for (int i = 0; i < headings.size(); i++) {
        MarkdownDoc.Heading h = headings.get(i);
        if (h.level() != entryLevel) {
          continue;
        }
        String text = h.text().strip();
        Matcher v = VERSION.matcher(text);
        boolean unreleased = UNRELEASED.matcher(text).matches();
        if (!unreleased && !v.matches()) {
          continue;
        }
        List<Located> types = new ArrayList<>();
        for (int j = i + 1; j < headings.size() && headings.get(j).level() > entryLevel; j++) {
          if (headings.get(j).level() == entryLevel + 1) {
            types.add(new Located(doc.path(), headings.get(j).line(), headings.get(j).text()));
          }
        }
        String rest = unreleased ? "" : v.group(2);
        Optional<LocalDate> date = Optional.empty();
        Optional<String> dateText = Optional.empty();
        Matcher iso = ISO_DATE.matcher(rest);
        if (iso.find()) {
          try {
            date = Optional.of(LocalDate.parse(iso.group(1)));
          } catch (DateTimeParseException e) {
            dateText = Optional.of(iso.group(1));
          }
        } else {
          Matcher other = OTHER_DATE.matcher(rest);
          if (other.find()) {
            dateText = Optional.of(other.group(1));
          }
        }
        entries.add(
            new ChangelogEntry(
                text,
                h.line(),
                unreleased,
                unreleased ? Optional.empty() : Optional.of(v.group(1)),
                date,
                dateText,
                rest.toUpperCase(Locale.ROOT).contains("YANKED"),
                types));
      }
    }
    return new Changelog(doc.path(), true, kac, entries);
  }
}
