package dev.trellis.core.signal.postmortem;

import java.util.Optional;

/**
 * One follow-up of a postmortem report, from a checklist, a bullet or a table row.
 *
 * @param line its line
 * @param text its text as written (plain text)
 * @param owner a {@code @handle}, a team, or an "Owner:" value
 * @param ticket a URL, {@code #N}, {@code !N} or {@code KEY-123}
 * @param due an ISO 8601 date, or a "Due:" value
 * @param priority {@code P0}-{@code P4} or {@code Sev-N}
 */
public record ActionItem(
    int line,
    String text,
    Optional<String> owner,
    Optional<String> ticket,
    Optional<String> due,
    Optional<String> priority) {}
