package dev.trellis.core.signal.postmortem;

import dev.trellis.core.policy.YamlDocument;
import dev.trellis.core.repo.FileContent;
import dev.trellis.core.repo.Folders;
import dev.trellis.core.repo.Repo;
import dev.trellis.core.signal.Signal;
import dev.trellis.core.signal.markdown.MarkdownDoc;
import dev.trellis.core.signal.markdown.MarkdownDocs;
import dev.trellis.core.signal.markdown.MarkdownSignal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Postmortem templates and reports: {@code ctx.signal(PostmortemSignal.SIGNAL)}.
 *
 * <p>Where: Markdown files in folders named {@code postmortems}, {@code post-mortems}, {@code
 * postmortem}, {@code post-mortem}, {@code incidents}, {@code incident-reviews} or {@code
 * disclosures} (a name with {@code template} is a template, counted when it has at least one
 * postmortem section; others are reports when they have at least two; {@code README} and {@code
 * index} are indexes); {@code .github/ISSUE_TEMPLATE/*postmortem*} and {@code *post-mortem*}
 * ({@code .md} and {@code .yml}); {@code incident} issue templates only when their sections make
 * them a postmortem template (most are status-page reports or intake forms); and the policy's
 * {@code postmortems: { template: PATH, folder: PATH }}. Cost: one pass over the file list (a
 * postmortem folder may be at any depth) that rules most paths out by their last characters and
 * works out the folder once per directory; a listing of the issue template folder; then only the
 * files found.
 */
public final class PostmortemSignal {
  private PostmortemSignal() {}

  static final Set<String> FOLDERS =
      Set.of(
          "postmortems",
          "post-mortems",
          "postmortem",
          "post-mortem",
          "incidents",
          "incident-reviews",
          "disclosures");

  private static final Pattern APPENDIX =
      Pattern.compile(
          "^(appendix|appendices|chat log|chat logs|chat transcript|transcript|raw notes|raw logs"
              + "|logs|log excerpts|supporting information|slack|irc log)");
  private static final Pattern BLAMELESS =
      Pattern.compile(
          "(?i)\\b(blameless|blame-free|blame free|no blame|not to blame|without blame"
              + "|not about blame|not to assign blame|not to find someone to blame"
              + "|not for someone to blame|not looking for someone to blame)\\b");
  private static final Pattern PLACEHOLDER =
      Pattern.compile("(?i)(YYYY-MM-DD|HH:MM|\\{\\{[^}]*}}|<[a-z][a-z -]*>|\\bTBD\\b|\\.\\.\\.)");
  private static final Pattern TEMPLATE_NAME =
      Pattern.compile(
          ".*(post-?mortem|incident-review)[-_ ]?template.*|.*template[-_ ]?(for[-_ ])?"
              + "(post-?mortem|incident).*");
  private static final Pattern MARKDOWN_EXTENSION = Pattern.compile("\\.(md|markdown)$");
  private static final String ISSUE_TEMPLATES = ".github/issue_template/";
  private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");

  public static final Signal<Postmortems> SIGNAL =
      Signal.of(
          "postmortems",
          ctx -> {
            Repo repo = ctx.repo();
            MarkdownDocs md = ctx.signal(MarkdownSignal.SIGNAL);
            Map<String, Object> settings = ctx.settings("postmortems");
            String configuredTemplate = String.valueOf(settings.getOrDefault("template", ""));
            String configuredFolder =
                String.valueOf(settings.getOrDefault("folder", "")).replaceAll("/+$", "");
            List<PostmortemDoc> templates = new ArrayList<>();
            List<PostmortemDoc> reports = new ArrayList<>();
            Set<String> folders = new LinkedHashSet<>();
            List<String> issueTemplateDirs = Folders.named(repo, ISSUE_TEMPLATES);
            FolderOf folderOf = new FolderOf(configuredFolder);
            for (String path : repo.files()) {
              boolean configured = !configuredTemplate.isEmpty() && path.equals(configuredTemplate);
              if (directlyIn(path, issueTemplateDirs)) {
                String name = Folders.lowerName(path);
                boolean named = name.contains("postmortem") || name.contains("post-mortem");
                boolean incident = name.contains("incident");
                if (!named && !incident && !configured) {
                  continue;
                }
                Optional<PostmortemDoc> doc = read(repo, md, path, true);
                if (doc.isPresent() && (named || configured || looksLikePostmortem(doc.get()))) {
                  templates.add(doc.get());
                }
                continue;
              }
              // most files are not Markdown: rule them out on their last characters, before
              // lower-casing the whole path
              if (!endsWithIgnoringCase(path, ".md") && !endsWithIgnoringCase(path, ".markdown")) {
                continue;
              }
              String lower = path.toLowerCase(Locale.ROOT);
              String name = lower.substring(lower.lastIndexOf('/') + 1);
              if (!lower.endsWith(".md") && !lower.endsWith(".markdown")) {
                continue;
              }
              Optional<String> folder = folderOf.apply(path);
              if (configured) {
                read(repo, md, path, true).ifPresent(templates::add);
                continue;
              }
              if (folder.isEmpty()) {
                if (TEMPLATE_NAME.matcher(name).matches()) {
                  read(repo, md, path, true).ifPresent(templates::add);
                }
                continue;
              }
              folders.add(folder.get());
              String base = MARKDOWN_EXTENSION.matcher(name).replaceAll("");
              if (base.equals("readme") || base.equals("index") || base.equals("_index")) {
                continue;
              }
              boolean template = base.contains("template");
              Optional<PostmortemDoc> doc = read(repo, md, path, template);
              // a folder named like this may hold other pages (a rules page titled
              // 'postmortem/action-items'): a template needs one postmortem section, a report two
              if (doc.isEmpty() || doc.get().sections().size() < (doc.get().template() ? 1 : 2)) {
                continue;
              }
              (doc.get().template() ? templates : reports).add(doc.get());
            }
            return new Postmortems(templates, reports, List.copyOf(folders));
          });

  /** Whether {@code path} is directly in one of {@code dirs} (each ending in {@code /}). */
  private static boolean directlyIn(String path, List<String> dirs) {
    for (String dir : dirs) {
      if (path.startsWith(dir) && path.indexOf('/', dir.length()) < 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code path} ends in {@code suffix} ignoring case: true whenever its lower-cased form
   * ends in the lower-case {@code suffix}, so it can rule a path out before lower-casing it.
   */
  private static boolean endsWithIgnoringCase(String path, String suffix) {
    int from = path.length() - suffix.length();
    return from >= 0 && path.regionMatches(true, from, suffix, 0, suffix.length());
  }

  /**
   * The postmortem folder of each path, worked out once per directory: the files of a directory are
   * mostly next to each other in path order.
   */
  private static final class FolderOf {
    private final String configured;
    private String lastDirectory;
    private Optional<String> lastFolder = Optional.empty();

    FolderOf(String configured) {
      this.configured = configured;
    }

    Optional<String> apply(String path) {
      int slash = path.lastIndexOf('/');
      if (lastDirectory == null
          || lastDirectory.length() != slash
          || !path.startsWith(lastDirectory)) {
        lastDirectory = slash < 0 ? "" : path.substring(0, slash);
        lastFolder = folder(path, configured);
      }
      return lastFolder;
    }
  }

  /** The postmortem folder {@code path} is in, if any. */
  private static Optional<String> folder(String path, String configured) {
    if (!configured.isEmpty() && path.startsWith(configured + "/")) {
      return Optional.of(configured);
    }
    String[] parts = path.split("/");
    StringBuilder prefix = new StringBuilder();
    for (int i = 0; i < parts.length - 1; i++) {
      if (i > 0) {
        prefix.append('/');
      }
      prefix.append(parts[i]);
      if (FOLDERS.contains(parts[i].toLowerCase(Locale.ROOT))) {
        return Optional.of(prefix.toString());
      }
    }
    return Optional.empty();
  }

  /** An incident issue template is a postmortem template only when its sections say so. */
  private static boolean looksLikePostmortem(PostmortemDoc doc) {
    Set<Section> s = doc.sections().keySet();
    return s.size() >= 3
        && (s.contains(Section.ROOT_CAUSES)
            || s.contains(Section.ACTION_ITEMS)
            || s.contains(Section.LESSONS_LEARNED));
  }

  private static Optional<PostmortemDoc> read(
      Repo repo, MarkdownDocs md, String path, boolean template) {
    String lower = path.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".yml") || lower.endsWith(".yaml")) {
      return repo.read(path)
          .filter(c -> !c.binary())
          .map(FileContent::text)
          .map(text -> form(path, text));
    }
    if (!lower.endsWith(".md") && !lower.endsWith(".markdown")) {
      return Optional.empty();
    }
    return md.get(path).map(doc -> markdown(doc, template));
  }

  static PostmortemDoc markdown(MarkdownDoc doc, boolean namedTemplate) {
    Map<Section, PostmortemDoc.Heading> sections = new EnumMap<>(Section.class);
    Set<Integer> skipped = new java.util.HashSet<>();
    int actionHeading = -1;
    int appendixLevel = 0;
    for (int i = 0; i < doc.headings().size(); i++) {
      MarkdownDoc.Heading h = doc.headings().get(i);
      if (appendixLevel > 0 && h.level() <= appendixLevel) {
        appendixLevel = 0;
      }
      if (APPENDIX.matcher(Section.normalise(h.text())).find()) {
        appendixLevel = h.level();
      }
      if (appendixLevel > 0) {
        skipped.add(i);
      }
      Optional<Section> s = Section.of(h.text());
      if (s.isPresent() && !sections.containsKey(s.get())) {
        sections.put(s.get(), new PostmortemDoc.Heading(h.text(), h.line()));
        if (s.get() == Section.ACTION_ITEMS) {
          actionHeading = i;
        }
      }
    }
    String all = String.join("\n", doc.lines());
    boolean template =
        namedTemplate || (PLACEHOLDER.matcher(all).find() && !ISO_DATE.matcher(all).find());
    List<PostmortemDoc.ProseLine> prose = new ArrayList<>();
    for (MarkdownDoc.Heading h : doc.headings()) {
      prose.add(new PostmortemDoc.ProseLine(h.line(), h.text()));
    }
    for (MarkdownDoc.Block b : doc.blocks()) {
      if (skipped.contains(b.heading())
          || b.kind() == MarkdownDoc.Kind.QUOTE
          || b.kind() == MarkdownDoc.Kind.CODE
          || b.kind() == MarkdownDoc.Kind.HTML) {
        continue;
      }
      String[] lines = b.text().split("\n", -1);
      for (int k = 0; k < lines.length; k++) {
        if (!lines[k].isBlank()) {
          prose.add(new PostmortemDoc.ProseLine(b.line() + k, lines[k]));
        }
      }
    }
    prose.sort(java.util.Comparator.comparingInt(PostmortemDoc.ProseLine::line));
    Optional<Integer> statement = Optional.empty();
    for (int i = 0; i < doc.lines().size() && statement.isEmpty(); i++) {
      if (BLAMELESS.matcher(doc.lines().get(i)).find()) {
        statement = Optional.of(i + 1);
      }
    }
    List<ActionItem> items =
        template || actionHeading < 0 ? List.of() : ActionItems.read(doc, actionHeading);
    return new PostmortemDoc(
        doc.path(),
        template,
        false,
        sections,
        items,
        actionHeading < 0
            ? Optional.empty()
            : Optional.of(doc.headings().get(actionHeading).line()),
        actionHeading >= 0 && !template && doc.blocksUnder(actionHeading).isEmpty(),
        prose,
        statement);
  }

  /** An issue form: sections from field labels and ids, prose from every text value. */
  static PostmortemDoc form(String path, String text) {
    Map<Section, PostmortemDoc.Heading> sections = new EnumMap<>(Section.class);
    List<PostmortemDoc.ProseLine> prose = new ArrayList<>();
    Optional<Integer> statement = Optional.empty();
    YamlDocument.Result parsed = YamlDocument.parse(path, text);
    if (parsed.root().isPresent()) {
      Node root = parsed.root().get();
      for (NodeTuple t : YamlDocument.entries(root)) {
        String key = YamlDocument.scalar(t.getKeyNode()).orElse("");
        if (key.equals("body")) {
          for (Node item : YamlDocument.items(t.getValueNode())) {
            Optional<String> label = Optional.empty();
            Optional<String> id = scalar(item, "id");
            for (NodeTuple a : YamlDocument.entries(item)) {
              if ("attributes".equals(YamlDocument.scalar(a.getKeyNode()).orElse(""))) {
                label = scalar(a.getValueNode(), "label");
                collectText(a.getValueNode(), prose);
              }
            }
            int line = YamlDocument.line(item);
            Optional<Section> s = label.flatMap(Section::of).or(() -> id.flatMap(Section::of));
            if (s.isPresent() && !sections.containsKey(s.get())) {
              sections.put(s.get(), new PostmortemDoc.Heading(label.or(() -> id).orElse(""), line));
            }
          }
        } else {
          collectText(t.getValueNode(), prose);
        }
      }
    }
    for (PostmortemDoc.ProseLine p : prose) {
      if (statement.isEmpty() && BLAMELESS.matcher(p.text()).find()) {
        statement = Optional.of(p.line());
      }
    }
    return new PostmortemDoc(
        path, true, true, sections, List.of(), Optional.empty(), false, prose, statement);
  }

  private static Optional<String> scalar(Node node, String key) {
    for (NodeTuple t : YamlDocument.entries(node)) {
      if (t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key)) {
        return YamlDocument.scalar(t.getValueNode());
      }
    }
    return Optional.empty();
  }

  private static void collectText(Node node, List<PostmortemDoc.ProseLine> out) {
    if (node instanceof ScalarNode s) {
      String[] lines = s.getValue().split("\n", -1);
      int first = YamlDocument.line(s);
      boolean block =
          s.getScalarStyle() != null
              && (s.getScalarStyle().getChar() != null)
              && (s.getScalarStyle().getChar() == '|' || s.getScalarStyle().getChar() == '>');
      for (int k = 0; k < lines.length; k++) {
        if (!lines[k].isBlank()) {
          out.add(new PostmortemDoc.ProseLine(first + (block ? k + 1 : k), lines[k]));
        }
      }
      return;
    }
    for (NodeTuple t : YamlDocument.entries(node)) {
      collectText(t.getValueNode(), out);
    }
    for (Node n :
        node instanceof org.yaml.snakeyaml.nodes.SequenceNode seq
            ? seq.getValue()
            : List.<Node>of()) {
      collectText(n, out);
    }
  }
}
