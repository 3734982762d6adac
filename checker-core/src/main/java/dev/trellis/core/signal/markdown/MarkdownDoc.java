package dev.trellis.core.signal.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One Markdown file as rules need it: front matter, heading outline, blocks with their lines, list
 * items (checklists included), tables and links. Every line number is 1-based and refers to the
 * file as written (front matter included). Immutable.
 *
 * @param path repo-relative path
 * @param frontMatter the YAML front matter as plain values (empty when absent or malformed)
 * @param frontMatterProblem why the front matter could not be read, when it could not
 * @param headings ATX and setext headings in order
 * @param blocks paragraphs, list items, code blocks, quotes, table rows and HTML blocks in order
 * @param items list items (bullets, ordered, task-list) in order
 * @param tables GFM tables
 * @param links inline links and autolinks
 * @param lines the raw lines of the file
 */
public record MarkdownDoc(
    String path,
    Map<String, Object> frontMatter,
    Optional<String> frontMatterProblem,
    List<Heading> headings,
    List<Block> blocks,
    List<ListItem> items,
    List<Table> tables,
    List<Link> links,
    List<String> lines) {

  public MarkdownDoc {
    frontMatter =
        frontMatter == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(frontMatter));
    headings = List.copyOf(headings);
    blocks = List.copyOf(blocks);
    items = List.copyOf(items);
    tables = List.copyOf(tables);
    links = List.copyOf(links);
    lines = List.copyOf(lines);
  }

  /** A heading: level 1-6, its plain text, its line. */
  public record Heading(int level, String text, int line) {
    /** Lower-cased, emphasis and trailing punctuation removed, whitespace folded. */
    public String normalised() {
      return normalise(text);
    }
  }

  /** The kinds of {@link Block}. */
  public enum Kind {
    PARAGRAPH,
    LIST_ITEM,
    CODE,
    QUOTE,
    TABLE_ROW,
    HTML
  }

  /**
   * A block of content: its plain text (soft line breaks kept as {@code \n}, so {@code line + the
   * number of newlines before an offset} is the line of that offset), and the index in {@link
   * #headings()} of the heading it sits under, or -1 before the first heading.
   */
  public record Block(Kind kind, String text, int line, int heading) {}

  /**
   * A list item. {@code checked} is present for task-list items ({@code - [ ]} / {@code - [x]}).
   * {@code depth} is 0 for a top-level item. {@code heading} as in {@link Block}.
   */
  public record ListItem(
      String text, int line, Optional<Boolean> checked, int depth, int heading) {}

  /** A GFM table: header cells and body rows, with the line of the header. */
  public record Table(
      int line,
      List<String> header,
      List<List<String>> rows,
      List<Integer> rowLines,
      int heading) {}

  /** A link: text, destination, line. */
  public record Link(String text, String destination, int line) {}

  /** The text of the first level-1 heading, if any. */
  public Optional<String> title() {
    return headings.stream().filter(h -> h.level() == 1).map(Heading::text).findFirst();
  }

  /** The first heading whose normalised text equals {@code text} normalised. */
  public Optional<Heading> heading(String text) {
    String wanted = normalise(text);
    return headings.stream().filter(h -> h.normalised().equals(wanted)).findFirst();
  }

  /** The index of {@code heading} in {@link #headings()}. */
  public int indexOf(Heading heading) {
    return headings.indexOf(heading);
  }

  /**
   * Blocks under heading {@code index} and its sub-headings, up to the next heading of the same or
   * a higher level.
   */
  public List<Block> blocksUnder(int index) {
    List<Integer> scope = scope(index);
    List<Block> out = new ArrayList<>();
    for (Block b : blocks) {
      if (scope.contains(b.heading())) {
        out.add(b);
      }
    }
    return out;
  }

  /** List items under heading {@code index} and its sub-headings. */
  public List<ListItem> itemsUnder(int index) {
    List<Integer> scope = scope(index);
    return items.stream().filter(i -> scope.contains(i.heading())).toList();
  }

  /** Tables under heading {@code index} and its sub-headings. */
  public List<Table> tablesUnder(int index) {
    List<Integer> scope = scope(index);
    return tables.stream().filter(t -> scope.contains(t.heading())).toList();
  }

  /**
   * The heading indexes that belong to the section of heading {@code index}: itself and its
   * sub-headings.
   */
  private List<Integer> scope(int index) {
    List<Integer> out = new ArrayList<>();
    if (index < 0 || index >= headings.size()) {
      return out;
    }
    out.add(index);
    int level = headings.get(index).level();
    for (int i = index + 1; i < headings.size() && headings.get(i).level() > level; i++) {
      out.add(i);
    }
    return out;
  }

  /** The first paragraph of real prose outside headings: the text, or empty. */
  public Optional<Block> firstParagraph() {
    return blocks.stream().filter(b -> b.kind() == Kind.PARAGRAPH).findFirst();
  }

  /** Lower-cases, drops Markdown emphasis characters and trailing punctuation, folds whitespace. */
  public static String normalise(String text) {
    String t = text.replaceAll("[*_`]", "").strip().toLowerCase(Locale.ROOT);
    t = t.replaceAll("[\\s\\u00a0]+", " ");
    while (!t.isEmpty() && ".:;!?".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return t;
  }
}
