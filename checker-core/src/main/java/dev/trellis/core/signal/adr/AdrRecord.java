package dev.trellis.core.signal.adr;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One decision record as read from its file. Everything a rule may point at carries its line.
 *
 * @param path repo-relative path
 * @param name what the file name says (scheme, number, date, slug)
 * @param title the title without its number prefix ({@code Use Kafka} from {@code # 3. Use Kafka}),
 *     empty when the record has no H1
 * @param titleLine line of the title heading, 0 when there is none
 * @param titleNumber the number written in the title ({@code 3} from {@code # 3. Use Kafka})
 * @param status the status, {@link AdrStatus#NONE} when none is written
 * @param date the date written in the record
 * @param format the detected template dialect
 * @param sections the headings below the title, in order
 * @param links links to other records
 * @param firstCommitted the date the file first appeared in git history (empty when history is
 *     unavailable or the file is not committed)
 * @param content whether the file is readable text, empty or binary
 */
public record AdrRecord(
    String path,
    AdrName name,
    String title,
    int titleLine,
    Optional<Integer> titleNumber,
    AdrStatus status,
    Optional<AdrDate> date,
    AdrFormat format,
    List<Section> sections,
    List<AdrLink> links,
    Optional<LocalDate> firstCommitted,
    Content content) {

  public AdrRecord {
    sections = List.copyOf(sections);
    links = List.copyOf(links);
  }

  /** A heading of the record. */
  public record Section(int level, String title, int line) {
    /** Lower-cased, emphasis and trailing punctuation removed. */
    public String normalised() {
      return dev.trellis.core.signal.markdown.MarkdownDoc.normalise(title);
    }
  }

  /** Whether the file could be read as a record at all. */
  public enum Content {
    TEXT,
    EMPTY,
    BINARY
  }

  /** The record's number from its file name. */
  public Optional<Integer> number() {
    return name.number();
  }

  /** A short label for messages: {@code ADR 7} for numbered records, the file name otherwise. */
  public String label() {
    return name.number().map(n -> "ADR " + n).orElse(name.fileName());
  }

  /** The title, or the slug turned back into words when the record has no title. */
  public String displayTitle() {
    if (!title.isEmpty()) {
      return title;
    }
    String s = name.slug().replace('-', ' ').replace('_', ' ').strip();
    return s.isEmpty()
        ? name.fileName()
        : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  /** Whether the record has a section whose title equals or starts with {@code wanted}. */
  public boolean hasSection(String wanted) {
    String w = dev.trellis.core.signal.markdown.MarkdownDoc.normalise(wanted);
    return sections.stream()
        .anyMatch(s -> s.normalised().equals(w) || s.normalised().startsWith(w + " "));
  }

  /** The date the record dates from: the written date, else the file-name date. */
  public Optional<LocalDate> writtenDate() {
    return date.flatMap(AdrDate::date).or(name::date);
  }

  /** Links with the given relation. */
  public List<AdrLink> links(AdrLink.Relation relation) {
    return links.stream().filter(l -> l.relation() == relation).toList();
  }
}
