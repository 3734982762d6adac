package dev.trellis.core.signal.adr;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A record's status as written and as read: the text kept verbatim with its line, and the canonical
 * value it maps to. A record without a status has {@link Canonical#UNKNOWN} and {@link Place#NONE}:
 * that is a fact, not a parse error; rules decide whether it is acceptable.
 *
 * @param canonical the canonical value
 * @param text the status text (first line of it, Markdown emphasis removed), or empty
 * @param raw the source line as written in the file ({@code **Accepted**}, {@code * Status:
 *     accepted}, {@code status: "accepted"}), or empty
 * @param line 1-based line of the status text, 0 when there is none
 * @param place where the status was found
 * @param note the text after the status word, without brackets ({@code in favour of ADR 111},
 *     {@code PR #12}, {@code by ADR-0005}), or empty
 */
public record AdrStatus(
    Canonical canonical, String text, String raw, int line, Place place, String note) {

  /** The canonical statuses (our reading of what real logs mean, not a standard). */
  public enum Canonical {
    DRAFT,
    PROPOSED,
    ACCEPTED,
    REJECTED,
    DEPRECATED,
    SUPERSEDED,
    /** A status outside the set above ({@code reverted}, {@code on hold}). */
    OTHER,
    /** No status found. */
    UNKNOWN;

    /** Lower-case name, as written in policies: {@code accepted}. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Where a status was found. */
  public enum Place {
    /** YAML front matter {@code status:} (MADR 3/4). */
    FRONT_MATTER,
    /** A bullet or plain line {@code Status: X} (MADR 2, log4brains). */
    LINE,
    /** A {@code ## Status} heading with the value on the following line (Nygard, adr-tools). */
    HEADING,
    NONE
  }

  public static final AdrStatus NONE = new AdrStatus(Canonical.UNKNOWN, "", "", 0, Place.NONE, "");

  private record Word(String words, Canonical canonical) {}

  // longest phrases first, so "in review" wins over a bare "in"
  private static final List<Word> WORDS =
      List.of(
          new Word("under review", Canonical.PROPOSED),
          new Word("in review", Canonical.PROPOSED),
          new Word("on hold", Canonical.OTHER),
          new Word("superseded", Canonical.SUPERSEDED),
          new Word("superceded", Canonical.SUPERSEDED),
          new Word("implemented", Canonical.ACCEPTED),
          new Word("deprecated", Canonical.DEPRECATED),
          new Word("accepted", Canonical.ACCEPTED),
          new Word("approved", Canonical.ACCEPTED),
          new Word("proposed", Canonical.PROPOSED),
          new Word("rejected", Canonical.REJECTED),
          new Word("reverted", Canonical.OTHER),
          new Word("pending", Canonical.PROPOSED),
          new Word("draft", Canonical.DRAFT));

  /**
   * Reads status text as written: drops Markdown emphasis, lower-cases, and matches the first
   * word(s) against the known statuses. A known word among the first few words also counts ("This
   * decision is accepted"), so that prose statuses are not misread. Text matching nothing is {@link
   * Canonical#OTHER}; blank text is {@link Canonical#UNKNOWN}.
   */
  public static AdrStatus read(String text, String raw, int line, Place place) {
    String clean = text.replaceAll("[*_`]", "").strip();
    int newline = clean.indexOf('\n');
    if (newline >= 0) {
      clean = clean.substring(0, newline).strip();
    }
    if (clean.isEmpty()) {
      return new AdrStatus(Canonical.UNKNOWN, "", raw, line, place, "");
    }
    String lower = clean.toLowerCase(Locale.ROOT);
    String[] words = lower.split("[^a-z]+", -1);
    if (placeholder(lower, words)) {
      // the template's list of choices, left as it was: no status has been chosen
      return new AdrStatus(Canonical.OTHER, clean, raw, line, place, "");
    }
    int start = 0;
    // skip leading non-letters (a bullet, quotes)
    while (start < lower.length() && !Character.isLetter(lower.charAt(start))) {
      start++;
    }
    String body = lower.substring(start);
    for (Word w : WORDS) {
      if (startsWithWord(body, w.words())) {
        return new AdrStatus(
            w.canonical(),
            clean,
            raw,
            line,
            place,
            note(clean.substring(start + w.words().length())));
      }
    }
    int limit = Math.min(words.length, 6);
    for (int i = 0; i < limit; i++) {
      for (Word w : WORDS) {
        if (!w.words().contains(" ") && w.words().equals(words[i])) {
          return new AdrStatus(w.canonical(), clean, raw, line, place, "");
        }
      }
    }
    return new AdrStatus(Canonical.OTHER, clean, raw, line, place, "");
  }

  /**
   * Whether status text lists statuses to choose from, as templates do: three or more different
   * known statuses written as alternatives ({@code proposed | rejected | accepted | deprecated | …}
   * in MADR) or as a question (Nygard's "What is the status, such as proposed, accepted, rejected,
   * deprecated, superseded, etc.?"). A status history on one line ("Proposed 2021-03-01, accepted
   * 2021-03-10") has no such marker and keeps its first word.
   */
  private static boolean placeholder(String lower, String[] words) {
    boolean marked =
        lower.contains("|")
            || lower.contains("…")
            || lower.contains("...")
            || lower.contains("?")
            || lower.contains("such as")
            || lower.matches(".*\\betc\\b.*")
            || lower.startsWith("{")
            || lower.startsWith("[");
    if (!marked) {
      return false;
    }
    Set<Canonical> named = EnumSet.noneOf(Canonical.class);
    for (String word : words) {
      for (Word w : WORDS) {
        if (w.words().equals(word)) {
          named.add(w.canonical());
        }
      }
    }
    return named.size() >= 3;
  }

  /** Whether the status is still the template's list of choices (see {@link #read}). */
  public boolean placeholder() {
    String lower = text.toLowerCase(Locale.ROOT);
    return canonical == Canonical.OTHER && placeholder(lower, lower.split("[^a-z]+", -1));
  }

  private static boolean startsWithWord(String text, String word) {
    return text.startsWith(word)
        && (text.length() == word.length() || !Character.isLetter(text.charAt(word.length())));
  }

  private static String note(String rest) {
    String n = rest.strip();
    while (!n.isEmpty() && ".,:;-–—".indexOf(n.charAt(0)) >= 0) {
      n = n.substring(1).strip();
    }
    while (!n.isEmpty() && ".,;".indexOf(n.charAt(n.length() - 1)) >= 0) {
      n = n.substring(0, n.length() - 1).strip();
    }
    if (n.startsWith("(") && n.endsWith(")") && n.indexOf(')') == n.length() - 1) {
      n = n.substring(1, n.length() - 1).strip();
    }
    return n;
  }

  /** Whether a status was written at all. */
  public boolean present() {
    return place != Place.NONE && canonical != Canonical.UNKNOWN;
  }

  /**
   * The status as a policy names it: the canonical id, or for {@link Canonical#OTHER} the text as
   * written, lower-cased.
   */
  public String policyName() {
    return canonical == Canonical.OTHER ? text.toLowerCase(Locale.ROOT) : canonical.id();
  }

  /** For messages: the text as written, or {@code (none)}. */
  public Optional<String> written() {
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }
}
