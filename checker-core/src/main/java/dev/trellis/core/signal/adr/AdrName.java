package dev.trellis.core.signal.adr;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a record's file name says: its naming scheme, number, date and slug. Parsed from the name
 * alone; never fails (an unrecognised name has scheme {@link Scheme#NONE}).
 *
 * @param fileName the file name as written
 * @param stem the name without its extension
 * @param extension the extension with its dot ({@code .md}), or empty
 * @param scheme which naming pattern the name follows
 * @param prefix the text before the number or date ({@code adr-}, {@code ADR-}, {@code adr}), or
 *     empty
 * @param width the number of digits of the sequence number as written (0 without a number)
 * @param separator the character between the number (or date) and the slug, or empty
 * @param number the sequence number, when the scheme has one
 * @param date the date in the name, when the scheme has one
 * @param slug the rest of the name (the title in kebab or snake case)
 * @param ambiguous true for {@code ADR-YYYY-NNN} names, where the year could also be read as a
 *     sequence number: such names are flagged, not guessed at
 */
public record AdrName(
    String fileName,
    String stem,
    String extension,
    Scheme scheme,
    String prefix,
    int width,
    String separator,
    Optional<Integer> number,
    Optional<LocalDate> date,
    String slug,
    boolean ambiguous) {

  /** The naming patterns seen in real logs. */
  public enum Scheme {
    /** {@code 0001-slug.md}, {@code 001-slug.md}, {@code 0001_slug.rst} (adr-tools, MADR). */
    NUMBER,
    /** {@code adr-001-slug.md}, {@code adr012-slug.md}, {@code ADR-001_SLUG.md}. */
    PREFIXED_NUMBER,
    /** {@code 20240115-slug.md} (log4brains): date and slug, no sequence number. */
    DATE,
    /** {@code ADR-2025-09-07-slug.md}. */
    PREFIXED_DATE,
    /** {@code ADR-2025-10-29-001-slug.md}: date and a sequence number within it. */
    PREFIXED_DATE_NUMBER,
    /** {@code ADR-2025-011-slug.md}: year and sequence, ambiguous with a date. */
    PREFIXED_YEAR_NUMBER,
    /** Anything else. */
    NONE
  }

  private static final Pattern PREFIXED_DATE_NUMBER =
      Pattern.compile("(?i)(adr[-_]?)(\\d{4})-(\\d{2})-(\\d{2})([-_])(\\d{1,4})(?:[-_](.*))?");
  private static final Pattern PREFIXED_DATE =
      Pattern.compile("(?i)(adr[-_]?)(\\d{4})-(\\d{2})-(\\d{2})([-_])(.+)");
  private static final Pattern PREFIXED_YEAR_NUMBER =
      Pattern.compile("(?i)(adr[-_]?)((?:19|20)\\d{2})[-_](\\d{1,4})([-_])(.+)");
  private static final Pattern PREFIXED_NUMBER =
      Pattern.compile("(?i)(adr[-_]?)(\\d+)(?:([-_.])(.*))?");
  private static final Pattern DATE =
      Pattern.compile("((?:19|20)\\d{2})(\\d{2})(\\d{2})([-_])(.+)");
  private static final Pattern NUMBER = Pattern.compile("(\\d+)(?:([-_])(.*))?");

  /** Parses a file name (without directories). */
  public static AdrName parse(String fileName) {
    int dot = fileName.lastIndexOf('.');
    String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
    String ext = dot > 0 ? fileName.substring(dot) : "";
    Matcher m;
    if ((m = PREFIXED_DATE_NUMBER.matcher(stem)).matches()) {
      Optional<LocalDate> date = date(m.group(2), m.group(3), m.group(4));
      if (date.isPresent()) {
        return new AdrName(
            fileName,
            stem,
            ext,
            Scheme.PREFIXED_DATE_NUMBER,
            m.group(1),
            m.group(6).length(),
            m.group(5),
            Optional.of(Integer.parseInt(m.group(6))),
            date,
            m.group(7) == null ? "" : m.group(7),
            false);
      }
    }
    if ((m = PREFIXED_DATE.matcher(stem)).matches()) {
      Optional<LocalDate> date = date(m.group(2), m.group(3), m.group(4));
      if (date.isPresent()) {
        return new AdrName(
            fileName,
            stem,
            ext,
            Scheme.PREFIXED_DATE,
            m.group(1),
            0,
            m.group(5),
            Optional.empty(),
            date,
            m.group(6),
            false);
      }
    }
    if ((m = PREFIXED_YEAR_NUMBER.matcher(stem)).matches()) {
      return new AdrName(
          fileName,
          stem,
          ext,
          Scheme.PREFIXED_YEAR_NUMBER,
          m.group(1),
          m.group(3).length(),
          m.group(4),
          Optional.of(Integer.parseInt(m.group(3))),
          Optional.empty(),
          m.group(5),
          true);
    }
    if ((m = PREFIXED_NUMBER.matcher(stem)).matches() && m.group(2).length() <= 6) {
      return new AdrName(
          fileName,
          stem,
          ext,
          Scheme.PREFIXED_NUMBER,
          m.group(1),
          m.group(2).length(),
          m.group(3) == null ? "" : m.group(3),
          Optional.of(Integer.parseInt(m.group(2))),
          Optional.empty(),
          m.group(4) == null ? "" : m.group(4),
          false);
    }
    if ((m = DATE.matcher(stem)).matches()) {
      Optional<LocalDate> date = date(m.group(1), m.group(2), m.group(3));
      if (date.isPresent()) {
        return new AdrName(
            fileName,
            stem,
            ext,
            Scheme.DATE,
            "",
            0,
            m.group(4),
            Optional.empty(),
            date,
            m.group(5),
            false);
      }
    }
    if ((m = NUMBER.matcher(stem)).matches() && m.group(1).length() <= 6) {
      return new AdrName(
          fileName,
          stem,
          ext,
          Scheme.NUMBER,
          "",
          m.group(1).length(),
          m.group(2) == null ? "" : m.group(2),
          Optional.of(Integer.parseInt(m.group(1))),
          Optional.empty(),
          m.group(3) == null ? "" : m.group(3),
          false);
    }
    return new AdrName(
        fileName,
        stem,
        ext,
        Scheme.NONE,
        "",
        0,
        "",
        Optional.empty(),
        Optional.empty(),
        stem,
        false);
  }

  private static Optional<LocalDate> date(String y, String m, String d) {
    try {
      return Optional.of(
          LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Whether the number is written with leading zeros ({@code 0007}). */
  public boolean padded() {
    return number.isPresent() && width > String.valueOf(number.get()).length();
  }

  /**
   * The pattern of this name for messages and for comparing names within a log, such as {@code
   * NNNN-slug.md}, {@code adr-NNN-slug.md}, {@code YYYYMMDD-slug.md}.
   */
  public String pattern() {
    String digits = "N".repeat(Math.max(width, 1));
    String rest = slug.isEmpty() ? "" : separator + "slug";
    return switch (scheme) {
      case NUMBER -> digits + rest + extension;
      case PREFIXED_NUMBER -> prefix + digits + rest + extension;
      case DATE -> "YYYYMMDD" + separator + "slug" + extension;
      case PREFIXED_DATE -> prefix + "YYYY-MM-DD" + separator + "slug" + extension;
      case PREFIXED_DATE_NUMBER -> prefix + "YYYY-MM-DD" + separator + digits + rest + extension;
      case PREFIXED_YEAR_NUMBER -> prefix + "YYYY-" + digits + separator + "slug" + extension;
      case NONE -> "slug" + extension;
    };
  }

  /**
   * The pattern with the digit count left out, for names that are not zero-padded (whose width is
   * just the number's own length).
   */
  public String shape() {
    return pattern().replaceAll("N+", "N");
  }

  /**
   * A key that sorts records in log order: by date then number for dated schemes, by number for
   * numbered ones, then by the name.
   */
  public String sortKey() {
    String d = date.map(LocalDate::toString).orElse("");
    String n = number.map(i -> String.format(Locale.ROOT, "%09d", i)).orElse("");
    return d + "|" + n + "|" + fileName.toLowerCase(Locale.ROOT);
  }
}
