package dev.trellis.core.signal.community;

import dev.trellis.core.signal.markdown.MarkdownDoc;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the README GitHub shows says about the project: where it states what the project is and why
 * (a purpose heading or an opening paragraph of real prose), and where it says who owns it or how
 * to get help.
 *
 * @param path the README GitHub shows
 * @param purposeHeading a heading such as Overview, Purpose, Motivation, Why, Goals, About
 * @param openingProse the first paragraph of real prose (not badges, links or install steps) that
 *     comes before the setup sections
 * @param help a heading, sentence or link about help, support, contact, maintainers or owners
 * @param markdown whether the README is Markdown (others are read as plain text)
 */
public record Readme(
    String path,
    Optional<Located> purposeHeading,
    Optional<Located> openingProse,
    Optional<Located> help,
    boolean markdown) {

  /** Heading words that mean "what and why", matched at the start of a heading. */
  static final Pattern PURPOSE =
      Pattern.compile(
          "^(overview|purpose|motivation|why\\b|goals?\\b|about\\b|introduction|intro\\b"
              + "|description|background|rationale|what is|what's|what it does|what this is"
              + "|summary|the problem|problem statement|mission|vision)");

  /** Headings after which a paragraph no longer opens the README. */
  static final Pattern SETUP =
      Pattern.compile(
          "^(install|installation|installing|usage|getting started|get started|quick ?start"
              + "|build|building|requirements|prerequisites|setup|set up|license|development"
              + "|table of contents|contents|toc|download)");

  /** Words that show who owns the project or where to get help. */
  static final Pattern HELP =
      Pattern.compile(
          "\\b(help|support|contact|maintainers?|maintained by|owners?|owned by|codeowners"
              + "|community|discussions?|chat|slack|discord|gitter|zulip|mailing list"
              + "|issue tracker|issues|questions?|contributing|contribute|team|authors?)\\b");

  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");

  static Readme fromMarkdown(MarkdownDoc doc) {
    Optional<Located> purpose = Optional.empty();
    Optional<Located> help = Optional.empty();
    int firstSetup = Integer.MAX_VALUE;
    for (MarkdownDoc.Heading h : doc.headings()) {
      String n = h.normalised().replaceFirst("^[^\\p{L}]+", "");
      if (purpose.isEmpty() && PURPOSE.matcher(n).find()) {
        purpose = Optional.of(new Located(doc.path(), h.line(), h.text()));
      }
      if (firstSetup == Integer.MAX_VALUE && h.level() > 1 && SETUP.matcher(n).find()) {
        firstSetup = h.line();
      }
      if (help.isEmpty() && HELP.matcher(n).find()) {
        help = Optional.of(new Located(doc.path(), h.line(), h.text()));
      }
    }
    Optional<Located> prose = Optional.empty();
    for (MarkdownDoc.Block b : doc.blocks()) {
      boolean candidate =
          b.kind() == MarkdownDoc.Kind.PARAGRAPH || b.kind() == MarkdownDoc.Kind.HTML;
      if (candidate && b.line() < firstSetup && prose.isEmpty()) {
        String text =
            b.kind() == MarkdownDoc.Kind.HTML ? stripHtml(b.text()) : withoutLinks(doc, b);
        if (isProse(text)) {
          prose = Optional.of(new Located(doc.path(), b.line(), firstLine(b.text())));
        }
      }
      if (help.isEmpty()
          && b.kind() != MarkdownDoc.Kind.CODE
          && HELP.matcher(b.text().toLowerCase(Locale.ROOT)).find()) {
        help = Optional.of(new Located(doc.path(), b.line(), firstLine(b.text())));
      }
    }
    return new Readme(doc.path(), purpose, prose, help, true);
  }

  static Readme fromPlainText(String path, String text) {
    Optional<Located> prose = Optional.empty();
    Optional<Located> help = Optional.empty();
    List<String> lines = text.lines().toList();
    StringBuilder para = new StringBuilder();
    int start = 0;
    for (int i = 0; i <= lines.size(); i++) {
      String l = i < lines.size() ? lines.get(i) : "";
      String s = l.strip();
      boolean markup =
          s.startsWith("..") || s.startsWith("|") || s.startsWith(":") || s.matches("[=\\-~^#*`]+");
      if (s.isEmpty() || markup) {
        if (prose.isEmpty() && para.length() > 0 && isProse(para.toString())) {
          prose = Optional.of(new Located(path, start, firstLine(para.toString())));
        }
        para.setLength(0);
        continue;
      }
      if (para.length() == 0) {
        start = i + 1;
      }
      para.append(s).append('\n');
      if (help.isEmpty() && HELP.matcher(s.toLowerCase(Locale.ROOT)).find()) {
        help = Optional.of(new Located(path, i + 1, s));
      }
    }
    return new Readme(path, Optional.empty(), prose, help, false);
  }

  /** Four or more words once links and markup are taken out. */
  static boolean isProse(String text) {
    var m = WORD.matcher(text);
    int words = 0;
    while (m.find()) {
      words++;
    }
    return words >= 4;
  }

  private static String withoutLinks(MarkdownDoc doc, MarkdownDoc.Block b) {
    String text = b.text();
    int lastLine = b.line() + (int) text.chars().filter(c -> c == '\n').count();
    for (MarkdownDoc.Link link : doc.links()) {
      if (link.line() >= b.line() && link.line() <= lastLine && !link.text().isBlank()) {
        text = text.replace(link.text(), " ");
      }
    }
    return text.replaceAll("https?://\\S+", " ");
  }

  private static String stripHtml(String html) {
    return html.replaceAll("(?s)<!--.*?-->", " ")
        .replaceAll("(?s)<a\\b[^>]*>.*?</a>", " ")
        .replaceAll("<[^>]*>", " ")
        .replaceAll("&[a-z]+;", " ");
  }

  private static String firstLine(String text) {
    String t = text.strip();
    int nl = t.indexOf('\n');
    String line = nl < 0 ? t : t.substring(0, nl);
    return line.length() > 80 ? line.substring(0, 77) + "..." : line;
  }
}
