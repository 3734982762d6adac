package dev.trellis.core.signal.markdown;

import dev.trellis.core.policy.YamlDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.yaml.snakeyaml.nodes.MappingNode;

/**
 * Parses Markdown with commonmark-java (GFM tables and task lists) into a {@link MarkdownDoc}. YAML
 * front matter ({@code ---} ... {@code ---} on the first line) is read with the safe YAML loader
 * and blanked out before parsing, so line numbers stay those of the file. Never throws for bad
 * input. Cost: linear in the size of the file.
 */
public final class Markdown {
  private static final Parser PARSER =
      Parser.builder()
          .extensions(List.of(TablesExtension.create(), TaskListItemsExtension.create()))
          .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
          .build();

  private Markdown() {}

  public static MarkdownDoc parse(String path, String text) {
    List<String> lines = text.lines().toList();
    Map<String, Object> frontMatter = Map.of();
    Optional<String> frontMatterProblem = Optional.empty();
    String body = text;
    if (!lines.isEmpty() && lines.get(0).strip().equals("---")) {
      int end = -1;
      for (int i = 1; i < lines.size(); i++) {
        String l = lines.get(i).strip();
        if (l.equals("---") || l.equals("...")) {
          end = i;
          break;
        }
      }
      if (end > 0) {
        String yaml = String.join("\n", lines.subList(1, end));
        YamlDocument.Result result = YamlDocument.parse(path, yaml);
        if (!result.problems().isEmpty()) {
          frontMatterProblem = Optional.of(result.problems().get(0).message());
        } else if (result.root().isPresent() && result.root().get() instanceof MappingNode m) {
          Object plain = YamlDocument.plain(m);
          if (plain instanceof Map<?, ?> map) {
            Map<String, Object> fm = new LinkedHashMap<>();
            map.forEach((k, v) -> fm.put(String.valueOf(k), v));
            frontMatter = fm;
          }
        } else if (result.root().isPresent()) {
          frontMatterProblem = Optional.of("the front matter is not a mapping of keys");
        }
        StringBuilder blanked = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
          blanked.append(i <= end ? "" : lines.get(i)).append('\n');
        }
        body = blanked.toString();
      }
    }
    Collector collector = new Collector();
    try {
      PARSER.parse(body).accept(collector);
    } catch (RuntimeException e) {
      // commonmark does not fail on any input we know of; keep what was collected if it ever does
    }
    return new MarkdownDoc(
        path,
        frontMatter,
        frontMatterProblem,
        collector.headings,
        collector.blocks,
        collector.items,
        collector.tables,
        collector.links,
        lines);
  }

  private static int line(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    return spans == null || spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
  }

  /** The plain text of a node: text and code literals, line breaks as {@code \n}. */
  static String plainText(Node node) {
    StringBuilder sb = new StringBuilder();
    appendText(node, sb);
    return sb.toString().strip();
  }

  private static void appendText(Node node, StringBuilder sb) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Text t) {
        sb.append(t.getLiteral());
      } else if (child instanceof Code c) {
        sb.append(c.getLiteral());
      } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
        sb.append('\n');
      } else if (child instanceof Paragraph && sb.length() > 0) {
        sb.append('\n');
        appendText(child, sb);
      } else if (!(child instanceof org.commonmark.node.ListBlock)) {
        appendText(child, sb);
      }
    }
  }

  private static final class Collector extends AbstractVisitor {
    final List<MarkdownDoc.Heading> headings = new ArrayList<>();
    final List<MarkdownDoc.Block> blocks = new ArrayList<>();
    final List<MarkdownDoc.ListItem> items = new ArrayList<>();
    final List<MarkdownDoc.Table> tables = new ArrayList<>();
    final List<MarkdownDoc.Link> links = new ArrayList<>();
    private int depth = -1;

    private int current() {
      return headings.size() - 1;
    }

    @Override
    public void visit(Heading heading) {
      headings.add(new MarkdownDoc.Heading(heading.getLevel(), plainText(heading), line(heading)));
      visitChildren(heading);
    }

    @Override
    public void visit(Paragraph paragraph) {
      if (!(paragraph.getParent() instanceof ListItem)) {
        blocks.add(
            new MarkdownDoc.Block(
                MarkdownDoc.Kind.PARAGRAPH, plainText(paragraph), line(paragraph), current()));
      }
      visitChildren(paragraph);
    }

    @Override
    public void visit(ListItem item) {
      depth++;
      Optional<Boolean> checked = Optional.empty();
      for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
        if (child instanceof TaskListItemMarker m) {
          checked = Optional.of(m.isChecked());
        }
        if (child instanceof Paragraph p) {
          for (Node c = p.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof TaskListItemMarker m) {
              checked = Optional.of(m.isChecked());
            }
          }
        }
      }
      String text = plainText(item);
      int line = line(item);
      items.add(new MarkdownDoc.ListItem(text, line, checked, depth, current()));
      blocks.add(new MarkdownDoc.Block(MarkdownDoc.Kind.LIST_ITEM, text, line, current()));
      visitChildren(item);
      depth--;
    }

    @Override
    public void visit(FencedCodeBlock code) {
      blocks.add(
          new MarkdownDoc.Block(MarkdownDoc.Kind.CODE, code.getLiteral(), line(code), current()));
    }

    @Override
    public void visit(IndentedCodeBlock code) {
      blocks.add(
          new MarkdownDoc.Block(MarkdownDoc.Kind.CODE, code.getLiteral(), line(code), current()));
    }

    @Override
    public void visit(BlockQuote quote) {
      blocks.add(
          new MarkdownDoc.Block(MarkdownDoc.Kind.QUOTE, plainText(quote), line(quote), current()));
      collectLinks(quote);
    }

    @Override
    public void visit(HtmlBlock html) {
      blocks.add(
          new MarkdownDoc.Block(MarkdownDoc.Kind.HTML, html.getLiteral(), line(html), current()));
    }

    @Override
    public void visit(Link link) {
      links.add(new MarkdownDoc.Link(plainText(link), link.getDestination(), line(link)));
      visitChildren(link);
    }

    @Override
    public void visit(CustomBlock block) {
      if (block instanceof TableBlock table) {
        List<String> header = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        List<Integer> rowLines = new ArrayList<>();
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
          for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
            if (!(row instanceof TableRow)) {
              continue;
            }
            List<String> cells = new ArrayList<>();
            for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
              if (cell instanceof TableCell) {
                cells.add(plainText(cell));
              }
            }
            if (part instanceof TableHead) {
              header.addAll(cells);
            } else if (part instanceof TableBody) {
              rows.add(List.copyOf(cells));
              rowLines.add(line(row));
              blocks.add(
                  new MarkdownDoc.Block(
                      MarkdownDoc.Kind.TABLE_ROW, String.join(" | ", cells), line(row), current()));
            }
          }
        }
        tables.add(new MarkdownDoc.Table(line(table), header, rows, rowLines, current()));
        collectLinks(table);
        return;
      }
      visitChildren(block);
    }

    private void collectLinks(Node node) {
      node.accept(
          new AbstractVisitor() {
            @Override
            public void visit(Link link) {
              links.add(new MarkdownDoc.Link(plainText(link), link.getDestination(), line(link)));
            }
          });
    }
  }
}
