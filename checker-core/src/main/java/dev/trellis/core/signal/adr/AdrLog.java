package dev.trellis.core.signal.adr;

import java.util.List;
import java.util.Optional;

/**
 * One decision log: a folder of records, how it was found, its indexes and templates.
 *
 * @param directory repo-relative folder ({@code docs/adr})
 * @param source what pointed at the folder
 * @param sourceFile the file that named it ({@code .adr-dir}, {@code .log4brains.yml}, {@code
 *     trellis.yml}), empty for a conventional folder
 * @param records the records, in log order (by number or date, then name)
 * @param indexes index files of the log
 * @param templates template files ({@code template.md}, {@code 0000-template.md}, files under
 *     {@code templates/})
 * @param problems what could not be read about the log itself (its folder is missing, ...)
 * @param templatesKeepNoStatus the log has Markdown templates and none of them has a place for a
 *     status (no status heading, line or front matter key): the log's own format keeps no status
 */
public record AdrLog(
    String directory,
    Source source,
    Optional<String> sourceFile,
    List<AdrRecord> records,
    List<AdrIndex> indexes,
    List<String> templates,
    List<String> problems,
    boolean templatesKeepNoStatus) {

  public AdrLog {
    records = List.copyOf(records);
    indexes = List.copyOf(indexes);
    templates = List.copyOf(templates);
    problems = List.copyOf(problems);
  }

  /** A log without a statement about its templates' status (a log being created, ...). */
  public AdrLog(
      String directory,
      Source source,
      Optional<String> sourceFile,
      List<AdrRecord> records,
      List<AdrIndex> indexes,
      List<String> templates,
      List<String> problems) {
    this(directory, source, sourceFile, records, indexes, templates, problems, false);
  }

  /** What pointed at a log's folder. */
  public enum Source {
    /** The policy's {@code adr: { path: ... }}. */
    POLICY,
    /** adr-tools' {@code .adr-dir}. */
    ADR_DIR,
    /** log4brains' {@code .log4brains.yml}. */
    LOG4BRAINS,
    /** A conventional folder name ({@code docs/adr}, {@code doc/adr}, ...). */
    CONVENTION;

    /** For messages. */
    public String describe() {
      return switch (this) {
        case POLICY -> "the policy's adr.path";
        case ADR_DIR -> ".adr-dir";
        case LOG4BRAINS -> ".log4brains.yml";
        case CONVENTION -> "the conventional folder name";
      };
    }
  }

  /** Records whose file-name number is {@code number}. */
  public List<AdrRecord> withNumber(int number) {
    return records.stream().filter(r -> r.number().equals(Optional.of(number))).toList();
  }

  /** The record at {@code path}. */
  public Optional<AdrRecord> record(String path) {
    return records.stream().filter(r -> r.path().equals(path)).findFirst();
  }

  /** The records that hold a text the rules can read. */
  public List<AdrRecord> readable() {
    return records.stream().filter(r -> r.content() == AdrRecord.Content.TEXT).toList();
  }
}
