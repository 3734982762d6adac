package dev.trellis.core.signal.adr;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date written in a record: the raw text with its line, and the date when it reads as {@code
 * yyyy-mm-dd} or adr-tools' old {@code dd/mm/yyyy}.
 */
public record AdrDate(String raw, Optional<LocalDate> date, int line) {

  private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
  private static final Pattern DMY = Pattern.compile("^(\\d{1,2})/(\\d{1,2})/(\\d{4})(?!\\d)");

  public static AdrDate read(String raw, int line) {
    String t = raw.replaceAll("[*_`]", "").strip();
    Matcher m = ISO.matcher(t);
    Optional<LocalDate> date = Optional.empty();
    if (m.find()) {
      date = of(m.group(1), m.group(2), m.group(3));
    } else if ((m = DMY.matcher(t)).find()) {
      date = of(m.group(3), m.group(2), m.group(1));
    }
    return new AdrDate(raw.strip(), date, line);
  }

  private static Optional<LocalDate> of(String y, String m, String d) {
    try {
      return Optional.of(
          LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
