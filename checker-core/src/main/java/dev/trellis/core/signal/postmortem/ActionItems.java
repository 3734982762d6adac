package dev.trellis.core.signal.postmortem;

import dev.trellis.core.signal.markdown.MarkdownDoc;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads action items from the action-items section of a report: top-level list items (their nested
 * items count as details of the same item) and table rows (columns recognised by their header).
 * Free text never fails: what cannot be recognised is simply absent.
 */
final class ActionItems {
  private ActionItems() {}

  static final Pattern HANDLE = Pattern.compile("(?<![\\w.])@[A-Za-z0-9][\\w.-]*(/[\\w.-]+)?");
  static final Pattern LABELLED_OWNER =
      Pattern.compile(
          "(?i)\\b(?:owner|owners|owned by|assignee|assigned to|responsible|dri)\\s*[:=-]?\\s*"
              + "([\\p{L}@][\\p{L}\\p{N}@/._ -]{1,40}?)(?=[,;)|\\]]|$| - | – |\\s{2})");
  static final Pattern URL = Pattern.compile("https?://\\S+");
  static final Pattern TICKET =
      Pattern.compile("(?<![\\w-])(?:[A-Z][A-Z0-9]+-\\d+|#\\d+|!\\d+|[\\w.-]+/[\\w.-]+#\\d+)\\b");
  static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})\\b");
  static final Pattern LABELLED_DUE =
      Pattern.compile("(?i)\\b(?:due|deadline|by|eta)\\s*[:=]\\s*([^,;)|]{3,30})");
  static final Pattern PRIORITY = Pattern.compile("(?i)\\b(P[0-4]|Sev-?[0-5])\\b");

  /** "None", "N/A", "No action needed: the cache warms itself", a decision not to act. */
  static final Pattern NONE =
      Pattern.compile(
          "(?i)^(none|n/?a|no action( items?)?( needed| required)?|nothing( to do)?"
              + "|no follow[- ]?ups?( needed)?|not applicable|-)(\\s*[:.,;\u2014\u2013-].*)?$");

  static List<ActionItem> read(MarkdownDoc doc, int heading) {
    List<ActionItem> out = new ArrayList<>();
    List<MarkdownDoc.ListItem> items = doc.itemsUnder(heading);
    for (int i = 0; i < items.size(); i++) {
      MarkdownDoc.ListItem item = items.get(i);
      if (item.depth() != 0) {
        continue;
      }
      StringBuilder text = new StringBuilder(item.text());
      int last = item.line();
      for (int j = i + 1; j < items.size() && items.get(j).depth() > 0; j++) {
        text.append('\n').append(items.get(j).text());
        last = items.get(j).line();
      }
      if (NONE.matcher(item.text().strip()).matches()) {
        continue;
      }
      out.add(
          item(
              doc,
              item.line(),
              last,
              text.toString(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty()));
    }
    for (MarkdownDoc.Table table : doc.tablesUnder(heading)) {
      int ownerCol = column(table, "owner", "owners", "assignee", "who", "responsible", "dri");
      int ticketCol =
          column(table, "ticket", "issue", "link", "jira", "bug", "tracking", "tracker");
      int dueCol =
          column(table, "due", "due date", "date", "deadline", "eta", "by when", "target date");
      for (int r = 0; r < table.rows().size(); r++) {
        List<String> cells = table.rows().get(r);
        int line = table.rowLines().get(r);
        String all = String.join(" | ", cells);
        if (cells.stream().allMatch(c -> c.isBlank() || NONE.matcher(c.strip()).matches())) {
          continue;
        }
        out.add(
            item(
                doc,
                line,
                line,
                all,
                cell(cells, ownerCol),
                cell(cells, ticketCol),
                cell(cells, dueCol)));
      }
    }
    return out;
  }

  private static Optional<String> cell(List<String> cells, int col) {
    if (col < 0 || col >= cells.size()) {
      return Optional.empty();
    }
    String v = cells.get(col).strip();
    String lower = v.toLowerCase(Locale.ROOT);
    if (v.isEmpty()
        || lower.equals("-")
        || lower.equals("tbd")
        || lower.equals("?")
        || lower.equals("n/a")
        || lower.equals("none")) {
      return Optional.empty();
    }
    return Optional.of(v);
  }

  private static int column(MarkdownDoc.Table table, String... names) {
    for (int c = 0; c < table.header().size(); c++) {
      String h = Section.normalise(table.header().get(c));
      for (String n : names) {
        if (h.equals(n)) {
          return c;
        }
      }
    }
    return -1;
  }

  private static ActionItem item(
      MarkdownDoc doc,
      int line,
      int lastLine,
      String text,
      Optional<String> ownerCell,
      Optional<String> ticketCell,
      Optional<String> dueCell) {
    Optional<String> owner =
        ownerCell.or(() -> find(HANDLE, text, 0)).or(() -> find(LABELLED_OWNER, text, 1));
    Optional<String> ticket =
        ticketCell
            .or(() -> find(URL, text, 0))
            .or(() -> find(TICKET, text, 0))
            .or(
                () ->
                    doc.links().stream()
                        .filter(l -> l.line() >= line && l.line() <= lastLine)
                        .map(MarkdownDoc.Link::destination)
                        .filter(d -> !d.isBlank())
                        .findFirst());
    Optional<String> due =
        dueCell.or(() -> find(ISO_DATE, text, 1)).or(() -> find(LABELLED_DUE, text, 1));
    Optional<String> priority = find(PRIORITY, text, 1);
    String first = text.strip();
    int nl = first.indexOf('\n');
    return new ActionItem(
        line, nl < 0 ? first : first.substring(0, nl), owner, ticket, due, priority);
  }

  private static Optional<String> find(Pattern p, String text, int group) {
    Matcher m = p.matcher(text);
    return m.find() ? Optional.of(m.group(group).strip()) : Optional.empty();
  }
}
