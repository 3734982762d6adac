package dev.trellis.core.signal.adr;

import dev.trellis.core.signal.markdown.MarkdownDoc;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one record (Markdown through the Markdown signal's parse, or ReStructuredText by its titles
 * and lines) into what the log needs: title, status, date, format, sections and the links as
 * written. Link targets are resolved later, when every record of the repository is known. Never
 * throws for bad input. Cost: linear in the size of the file.
 */
final class RecordReader {
  private RecordReader() {}

  /** A link before its target is resolved against the log. */
  record RawLink(
      AdrLink.Relation relation,
      String verb,
      String text,
      String destination,
      AdrLink.Target target,
      Optional<String> path,
      Optional<Integer> number,
      Optional<String> slug,
      int line) {}

  /** What one file says. */
  record Parsed(
      String title,
      int titleLine,
      Optional<Integer> titleNumber,
      AdrStatus status,
      Optional<AdrDate> date,
      AdrFormat format,
      List<AdrRecord.Section> sections,
      List<RawLink> links,
      AdrRecord.Content content) {

    static Parsed of(AdrRecord.Content content) {
      return new Parsed(
          "",
          0,
          Optional.empty(),
          AdrStatus.NONE,
          Optional.empty(),
          AdrFormat.UNKNOWN,
          List.of(),
          List.of(),
          content);
    }
  }

  private static final Pattern STATUS_LINE =
      Pattern.compile("(?i)^status\\s*(?:[:：|]|\\s[-–—]\\s)\\s*(.*)$");
  private static final Pattern DATE_LINE =
      Pattern.compile("(?i)^(?:date|decision date|last updated)\\s*(?:[:：|]|\\s[-–—]\\s)\\s*(.*)$");
  private static final Pattern META_KEY =
      Pattern.compile(
          "(?i)^(deciders|tags|technical story|decision-makers|consulted|informed)\\s*:");
  private static final Pattern TITLE_WITH_ADR =
      Pattern.compile("(?i)^ADR[-_\\s]?0*(\\d{1,6})\\s*(?:[.:|]|\\s[-–—]\\s|[-–—])?\\s*(.+)$");
  private static final Pattern TITLE_WITH_NUMBER =
      Pattern.compile("^0*(\\d{1,6})\\s*(?:[.:)]|\\s[-–—]\\s)\\s*(.+)$");
  private static final Pattern BARE_ID = Pattern.compile("(?i)\\bADR[-_ ]?0*(\\d{1,5})\\b");
  private static final Pattern URL_SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
  private static final Pattern SUPERSEDED_BY =
      Pattern.compile("(?i)(?:superseded|superceded|replaced)\\s+by\\s*:?\\s*$");
  private static final Pattern SUPERSEDES =
      Pattern.compile("(?i)(?:supersedes|supercedes|replaces)\\s*:?\\s*$");
  private static final Pattern AMENDED_BY = Pattern.compile("(?i)amended\\s+by\\s*:?\\s*$");
  private static final Pattern AMENDS = Pattern.compile("(?i)amends\\s*:?\\s*$");
  private static final Pattern FREE_VERB = Pattern.compile("^[A-Za-z][A-Za-z ]{0,40}$");

  /** Words before a link that only point at it: a mention, not a relation. */
  private static final java.util.Set<String> NOT_VERBS =
      java.util.Set.of(
          "see",
          "see also",
          "also see",
          "cf",
          "refer to",
          "read",
          "per",
          "from",
          "in",
          "and",
          "or",
          "the",
          "by",
          "also",
          "as in",
          "like",
          "see the",
          "see adr",
          "following");

  private static final Pattern JOINER = Pattern.compile("(?i)^\\s*(?:,|and|&|or|,\\s*and)?\\s*$");

  static Parsed markdown(String path, MarkdownDoc doc, boolean log4brainsLog) {
    if (doc.lines().stream().allMatch(String::isBlank)) {
      return Parsed.of(AdrRecord.Content.EMPTY);
    }
    List<MarkdownDoc.Heading> headings = doc.headings();
    int titleIndex = -1;
    for (int i = 0; i < headings.size(); i++) {
      if (headings.get(i).level() == 1) {
        titleIndex = i;
        break;
      }
    }
    String title = "";
    int titleLine = 0;
    Optional<Integer> titleNumber = Optional.empty();
    if (titleIndex >= 0) {
      titleLine = headings.get(titleIndex).line();
      String[] split = splitTitle(headings.get(titleIndex).text());
      title = split[1];
      titleNumber = split[0].isEmpty() ? Optional.empty() : Optional.of(Integer.parseInt(split[0]));
    } else if (doc.frontMatter().get("title") != null) {
      title = String.valueOf(doc.frontMatter().get("title")).strip();
      titleLine = frontMatterLine(doc, "title");
    }

    List<AdrRecord.Section> sections = new ArrayList<>();
    for (int i = 0; i < headings.size(); i++) {
      if (i != titleIndex) {
        MarkdownDoc.Heading h = headings.get(i);
        sections.add(new AdrRecord.Section(h.level(), h.text(), h.line()));
      }
    }

    // metadata: front matter, then lines under the title, then a heading
    Map<String, Object> fm = doc.frontMatter();
    List<MarkdownDoc.Block> meta = new ArrayList<>();
    for (MarkdownDoc.Block b : doc.blocks()) {
      if ((b.heading() < 0 || headings.get(b.heading()).level() == 1)
          && b.kind() != MarkdownDoc.Kind.CODE
          && b.kind() != MarkdownDoc.Kind.HTML) {
        meta.add(b);
      }
    }
    AdrStatus status = AdrStatus.NONE;
    if (fm.get("status") != null && !String.valueOf(fm.get("status")).isBlank()) {
      int line = frontMatterLine(doc, "status");
      status =
          AdrStatus.read(
              String.valueOf(fm.get("status")),
              sourceLine(doc, line),
              line,
              AdrStatus.Place.FRONT_MATTER);
    }
    if (!status.present()) {
      status = fromLines(doc, meta, STATUS_LINE);
    }
    if (!status.present()) {
      status = fromHeading(doc, "status");
    }
    Optional<AdrDate> date = Optional.empty();
    if (fm.get("date") != null) {
      int line = frontMatterLine(doc, "date");
      date = Optional.of(AdrDate.read(String.valueOf(fm.get("date")), line));
    }
    if (date.isEmpty()) {
      date = lineValue(doc, meta, DATE_LINE).map(v -> AdrDate.read(v.text(), v.line()));
    }
    if (date.isEmpty()) {
      date = headingValue(doc, "date").map(v -> AdrDate.read(v.text(), v.line()));
    }

    boolean bulletMeta = false;
    boolean tags = false;
    for (MarkdownDoc.Block b : meta) {
      for (String l : b.text().split("\n")) {
        Matcher m = META_KEY.matcher(l.strip());
        if (m.find()) {
          bulletMeta = true;
          tags |= m.group(1).equalsIgnoreCase("tags");
        }
      }
    }
    bulletMeta |= status.place() == AdrStatus.Place.LINE;
    AdrFormat format = format(doc, sections, status, bulletMeta, tags, log4brainsLog);

    List<RawLink> links = links(path, doc, status);
    return new Parsed(
        title,
        titleLine,
        titleNumber,
        status,
        date,
        format,
        sections,
        links,
        AdrRecord.Content.TEXT);
  }

  /** {@code [number, title]} of a title heading; number empty when the title has none. */
  static String[] splitTitle(String heading) {
    String h = heading.strip();
    Matcher m = TITLE_WITH_ADR.matcher(h);
    if (m.matches()) {
      return new String[] {m.group(1), m.group(2).strip()};
    }
    m = TITLE_WITH_NUMBER.matcher(h);
    if (m.matches()) {
      return new String[] {m.group(1), m.group(2).strip()};
    }
    return new String[] {"", h};
  }

  private static int frontMatterLine(MarkdownDoc doc, String key) {
    List<String> lines = doc.lines();
    for (int i = 1; i < lines.size(); i++) {
      String l = lines.get(i).strip();
      if (l.equals("---") || l.equals("...")) {
        break;
      }
      if (l.toLowerCase(Locale.ROOT).startsWith(key + ":")) {
        return i + 1;
      }
    }
    return 1;
  }

  private static String sourceLine(MarkdownDoc doc, int line) {
    return line >= 1 && line <= doc.lines().size() ? doc.lines().get(line - 1).strip() : "";
  }

  private record Value(String text, int line) {}

  private static Optional<Value> lineValue(
      MarkdownDoc doc, List<MarkdownDoc.Block> blocks, Pattern pattern) {
    for (MarkdownDoc.Block b : blocks) {
      String[] lines = b.text().split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        String l = lines[i].strip();
        if (b.kind() == MarkdownDoc.Kind.TABLE_ROW) {
          l = l.replaceFirst("^\\|", "").strip();
        }
        Matcher m = pattern.matcher(l);
        if (m.matches() && !m.group(1).isBlank()) {
          String v = m.group(1).strip();
          if (b.kind() == MarkdownDoc.Kind.TABLE_ROW) {
            v = v.split("\\s*\\|\\s*")[0].strip();
          }
          return Optional.of(new Value(v, b.line() + i));
        }
      }
    }
    return Optional.empty();
  }

  private static AdrStatus fromLines(
      MarkdownDoc doc, List<MarkdownDoc.Block> blocks, Pattern pattern) {
    return lineValue(doc, blocks, pattern)
        .map(
            v ->
                AdrStatus.read(v.text(), sourceLine(doc, v.line()), v.line(), AdrStatus.Place.LINE))
        .orElse(AdrStatus.NONE);
  }

  private static Optional<Value> headingValue(MarkdownDoc doc, String name) {
    List<MarkdownDoc.Heading> headings = doc.headings();
    Pattern inline = Pattern.compile("(?i)^" + name + "\\s*(?:[:：]|\\s[-–—]\\s)\\s*(.+)$");
    for (int i = 0; i < headings.size(); i++) {
      MarkdownDoc.Heading h = headings.get(i);
      Matcher m = inline.matcher(h.text().strip());
      if (m.matches()) {
        return Optional.of(new Value(m.group(1).strip(), h.line()));
      }
      if (h.normalised().equals(name)) {
        for (MarkdownDoc.Block b : doc.blocksUnder(i)) {
          if (b.kind() == MarkdownDoc.Kind.HTML || b.text().isBlank()) {
            continue;
          }
          String first = b.text().strip().split("\n", 2)[0].strip();
          int offset = 0;
          String[] ls = b.text().split("\n", -1);
          for (int k = 0; k < ls.length; k++) {
            if (!ls[k].isBlank()) {
              offset = k;
              break;
            }
          }
          return Optional.of(new Value(first, b.line() + offset));
        }
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static AdrStatus fromHeading(MarkdownDoc doc, String name) {
    return headingValue(doc, name)
        .map(
            v ->
                AdrStatus.read(
                    v.text(), sourceLine(doc, v.line()), v.line(), AdrStatus.Place.HEADING))
        .orElse(AdrStatus.NONE);
  }

  private static AdrFormat format(
      MarkdownDoc doc,
      List<AdrRecord.Section> sections,
      AdrStatus status,
      boolean bulletMeta,
      boolean tags,
      boolean log4brainsLog) {
    Map<String, Object> fm = doc.frontMatter();
    boolean madrSections =
        has(sections, "context and problem statement")
            || has(sections, "considered options")
            || has(sections, "decision outcome")
            || has(sections, "decision drivers")
            || has(sections, "pros and cons of the options");
    boolean fmMeta = fm.containsKey("status") || fm.containsKey("date");
    if (status.place() == AdrStatus.Place.HEADING && !fmMeta && !bulletMeta) {
      // MADR never keeps its status under a heading: this is a Nygard record with MADR wording
      return AdrFormat.NYGARD;
    }
    if ((tags || log4brainsLog) && (madrSections || bulletMeta)) {
      return AdrFormat.LOG4BRAINS;
    }
    if (fm.containsKey("decision-makers") || (madrSections && has(sections, "confirmation"))) {
      return AdrFormat.MADR_4;
    }
    if (fm.containsKey("deciders")
        || fm.containsKey("consulted")
        || fm.containsKey("informed")
        || (madrSections && (has(sections, "validation") || has(sections, "more information")))) {
      return AdrFormat.MADR_3;
    }
    if (madrSections
        && (bulletMeta
            || has(sections, "positive consequences")
            || has(sections, "negative consequences")
            || has(sections, "links"))) {
      return AdrFormat.MADR_2;
    }
    if (madrSections) {
      if (fmMeta) {
        String raw = status.place() == AdrStatus.Place.FRONT_MATTER ? status.raw() : "";
        return raw.contains("\"") ? AdrFormat.MADR_4 : AdrFormat.MADR_3;
      }
      return bulletMeta ? AdrFormat.MADR_2 : AdrFormat.MADR_3;
    }
    if (status.place() == AdrStatus.Place.HEADING
        || (has(sections, "context")
            && has(sections, "decision")
            && has(sections, "consequences"))) {
      return AdrFormat.NYGARD;
    }
    return AdrFormat.UNKNOWN;
  }

  private static boolean has(List<AdrRecord.Section> sections, String name) {
    return sections.stream().anyMatch(s -> s.normalised().equals(name));
  }

  // ---- links

  private static List<RawLink> links(String path, MarkdownDoc doc, AdrStatus status) {
    List<RawLink> out = new ArrayList<>();
    String dir = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
    // Markdown links, per line in order so that "Supersedes [1](a) and [2](b)" gives two
    AdrLink.Relation carried = null;
    String carriedVerb = "";
    int carriedLine = -1;
    int searchFrom = 0;
    for (MarkdownDoc.Link link : doc.links()) {
      String dest = link.destination() == null ? "" : link.destination().strip();
      if (dest.isEmpty() || dest.startsWith("#")) {
        continue;
      }
      String raw = sourceLine(doc, link.line());
      if (link.line() != carriedLine) {
        carried = null;
        carriedVerb = "";
        searchFrom = 0;
      }
      String prefix = "";
      int at = raw.indexOf("](" + dest, searchFrom);
      if (at < 0) {
        at = raw.indexOf("](<" + dest, searchFrom);
      }
      int open = at < 0 ? -1 : raw.lastIndexOf('[', at);
      if (open >= searchFrom) {
        prefix = raw.substring(searchFrom, open);
        searchFrom = at + 2 + dest.length();
      }
      AdrLink.Relation relation;
      String verb;
      String plainPrefix = prefix.replaceAll("[*_`]", "");
      if (carried != null && JOINER.matcher(plainPrefix).matches()) {
        relation = carried;
        verb = carriedVerb;
      } else {
        String[] rv = relation(plainPrefix);
        relation = AdrLink.Relation.valueOf(rv[0]);
        verb = rv[1];
      }
      carried = relation;
      carriedVerb = verb;
      carriedLine = link.line();
      Target t = target(dir, dest);
      out.add(
          new RawLink(
              relation,
              verb,
              link.text(),
              dest,
              t.kind(),
              t.path(),
              Optional.empty(),
              Optional.empty(),
              link.line()));
    }
    // bare ids in the text
    for (MarkdownDoc.Block b : doc.blocks()) {
      if (b.kind() == MarkdownDoc.Kind.CODE || b.kind() == MarkdownDoc.Kind.HTML) {
        continue;
      }
      String[] lines = b.text().split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        int line = b.line() + i;
        bareIds(lines[i], line, doc, out);
      }
    }
    // front matter status: "superseded by ADR-0123" (MADR 4)
    if (status.place() == AdrStatus.Place.FRONT_MATTER) {
      bareIds(status.text(), status.line(), null, out);
    }
    // a status naming its successor by slug or file stem (log4brains: "superseded by 20240101-x")
    if (status.canonical() == AdrStatus.Canonical.SUPERSEDED
        && status.note().toLowerCase(Locale.ROOT).startsWith("by ")
        && out.stream().noneMatch(l -> l.line() == status.line())) {
      String slug = status.note().substring(3).strip();
      if (!slug.isEmpty() && !slug.contains(" ")) {
        out.add(
            new RawLink(
                AdrLink.Relation.SUPERSEDED_BY,
                "superseded by",
                slug,
                slug,
                AdrLink.Target.SLUG,
                Optional.empty(),
                Optional.empty(),
                Optional.of(slug),
                status.line()));
      }
    }
    return out;
  }

  private static void bareIds(String text, int line, MarkdownDoc doc, List<RawLink> out) {
    Matcher m = BARE_ID.matcher(text);
    AdrLink.Relation carried = null;
    String carriedVerb = "";
    int from = 0;
    while (m.find()) {
      String id = m.group();
      if (doc != null && insideLinkText(doc, line, id)) {
        continue;
      }
      String prefix = text.substring(from, m.start());
      AdrLink.Relation relation;
      String verb;
      if (carried != null && JOINER.matcher(prefix).matches()) {
        relation = carried;
        verb = carriedVerb;
      } else {
        String[] rv = relation(prefix);
        relation = AdrLink.Relation.valueOf(rv[0]);
        verb = rv[1];
      }
      carried = relation;
      carriedVerb = verb;
      from = m.end();
      out.add(
          new RawLink(
              relation,
              verb,
              id,
              id,
              AdrLink.Target.NUMBER,
              Optional.empty(),
              Optional.of(Integer.parseInt(m.group(1))),
              Optional.empty(),
              line));
    }
  }

  private static boolean insideLinkText(MarkdownDoc doc, int line, String id) {
    for (MarkdownDoc.Link l : doc.links()) {
      if (l.line() == line && l.text() != null && l.text().contains(id)) {
        return true;
      }
    }
    return false;
  }

  /** {@code [relation name, verb as written]} from the text before a link on its line. */
  static String[] relation(String prefix) {
    String p = prefix.strip();
    Matcher m;
    if ((m = SUPERSEDED_BY.matcher(p)).find()) {
      return new String[] {
        "SUPERSEDED_BY", p.substring(m.start()).replaceAll(":\\s*$", "").strip()
      };
    }
    if ((m = SUPERSEDES.matcher(p)).find()) {
      return new String[] {"SUPERSEDES", p.substring(m.start()).replaceAll(":\\s*$", "").strip()};
    }
    if ((m = AMENDED_BY.matcher(p)).find()) {
      return new String[] {"AMENDED_BY", p.substring(m.start()).replaceAll(":\\s*$", "").strip()};
    }
    if ((m = AMENDS.matcher(p)).find()) {
      return new String[] {"AMENDS", p.substring(m.start()).replaceAll(":\\s*$", "").strip()};
    }
    // a free verb: a few words alone before the link, after a bullet, "Status:" or a status word
    String v = p.replaceFirst("^(?:[-*+]|\\d+[.)])\\s+", "");
    v = v.replaceFirst("(?i)^status\\s*:\\s*", "");
    v = v.replaceFirst("^\\|\\s*", "");
    v = v.replaceFirst("(?i)^(?:accepted|proposed|rejected|deprecated|draft)\\b\\s*", "");
    v = v.replaceAll(":\\s*$", "").strip();
    if (!v.isEmpty()
        && FREE_VERB.matcher(v).matches()
        && v.split(" ").length <= 4
        && !NOT_VERBS.contains(v.toLowerCase(Locale.ROOT))) {
      return new String[] {"OTHER", v};
    }
    return new String[] {"REFERENCE", ""};
  }

  record Target(AdrLink.Target kind, Optional<String> path) {}

  /** Resolves a link destination against the record's folder. */
  static Target target(String dir, String destination) {
    String d = destination;
    if (d.startsWith("<") && d.endsWith(">")) {
      d = d.substring(1, d.length() - 1);
    }
    if (URL_SCHEME.matcher(d).find() || d.startsWith("//")) {
      return new Target(AdrLink.Target.EXTERNAL, Optional.empty());
    }
    int cut = d.indexOf('#');
    if (cut >= 0) {
      d = d.substring(0, cut);
    }
    cut = d.indexOf('?');
    if (cut >= 0) {
      d = d.substring(0, cut);
    }
    try {
      d = URLDecoder.decode(d.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      // keep it as written
    }
    if (d.isEmpty()) {
      return new Target(AdrLink.Target.EXTERNAL, Optional.empty());
    }
    String base = d.startsWith("/") ? "" : dir;
    List<String> parts = new ArrayList<>();
    for (String s : (base + "/" + d).split("/")) {
      if (s.isEmpty() || s.equals(".")) {
        continue;
      }
      if (s.equals("..")) {
        if (parts.isEmpty()) {
          return new Target(AdrLink.Target.EXTERNAL, Optional.empty());
        }
        parts.remove(parts.size() - 1);
      } else {
        parts.add(s);
      }
    }
    return new Target(AdrLink.Target.PATH, Optional.of(String.join("/", parts)));
  }

  // ---- ReStructuredText

  private static final Pattern RST_UNDERLINE = Pattern.compile("^([=\\-~^*#+`'\":.])\\1{2,}\\s*$");
  private static final Pattern RST_FIELD = Pattern.compile("(?i)^:?(status|date)\\s*:\\s*(.+)$");

  static Parsed rst(String text) {
    List<String> lines = text.lines().toList();
    if (lines.stream().allMatch(String::isBlank)) {
      return Parsed.of(AdrRecord.Content.EMPTY);
    }
    String title = "";
    int titleLine = 0;
    Optional<Integer> titleNumber = Optional.empty();
    List<AdrRecord.Section> sections = new ArrayList<>();
    AdrStatus status = AdrStatus.NONE;
    Optional<AdrDate> date = Optional.empty();
    for (int i = 0; i + 1 < lines.size(); i++) {
      String l = lines.get(i).strip();
      if (l.isEmpty() || RST_UNDERLINE.matcher(l).matches()) {
        continue;
      }
      if (RST_UNDERLINE.matcher(lines.get(i + 1)).matches()) {
        if (title.isEmpty()) {
          String[] split = splitTitle(l);
          title = split[1];
          titleLine = i + 1;
          titleNumber =
              split[0].isEmpty() ? Optional.empty() : Optional.of(Integer.parseInt(split[0]));
        } else {
          sections.add(new AdrRecord.Section(2, l, i + 1));
          if (!status.present() && l.equalsIgnoreCase("status")) {
            for (int k = i + 2; k < lines.size(); k++) {
              if (!lines.get(k).isBlank()) {
                status =
                    AdrStatus.read(
                        lines.get(k).strip(), lines.get(k).strip(), k + 1, AdrStatus.Place.HEADING);
                break;
              }
            }
          }
        }
        continue;
      }
      Matcher m = RST_FIELD.matcher(l);
      if (m.matches()) {
        if (m.group(1).equalsIgnoreCase("status") && !status.present()) {
          status = AdrStatus.read(m.group(2), l, i + 1, AdrStatus.Place.LINE);
        } else if (m.group(1).equalsIgnoreCase("date") && date.isEmpty()) {
          date = Optional.of(AdrDate.read(m.group(2), i + 1));
        }
      }
    }
    List<RawLink> links = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      bareIds(lines.get(i), i + 1, null, links);
    }
    return new Parsed(
        title,
        titleLine,
        titleNumber,
        status,
        date,
        AdrFormat.RST,
        sections,
        links,
        AdrRecord.Content.TEXT);
  }
}
