package dev.trellis.core.signal.community;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One release (or the Unreleased section) of a changelog.
 *
 * @param heading the heading as written
 * @param line its line
 * @param unreleased whether it is the Unreleased section
 * @param version the version without brackets or a leading {@code v} ({@code 1.2.0})
 * @param date the ISO 8601 date, when the heading has one
 * @param dateText a date-like text that is not ISO 8601 ({@code 15 Feb 2019}), when there is one
 * @param yanked whether the heading says {@code [YANKED]}
 * @param changeTypes the sub-headings of the entry ({@code Added}, {@code Fixed}), as written
 */
public record ChangelogEntry(
    String heading,
    int line,
    boolean unreleased,
    Optional<String> version,
    Optional<LocalDate> date,
    Optional<String> dateText,
    boolean yanked,
    List<Located> changeTypes) {
  public ChangelogEntry {
    changeTypes = List.copyOf(changeTypes);
  }
}
