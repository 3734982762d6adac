package dev.trellis.core.signal.community;

import dev.trellis.core.policy.YamlDocument;
import dev.trellis.core.repo.Folders;
import dev.trellis.core.repo.Repo;
import dev.trellis.core.signal.SourceProblem;
import dev.trellis.core.signal.markdown.MarkdownDoc;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The issue templates of {@code .github/ISSUE_TEMPLATE/}: Markdown templates (front matter {@code
 * name}, {@code about}), issue forms ({@code name}, {@code description}, {@code body}) and {@code
 * config.yml}, with what GitHub would refuse or not show. Also the legacy single {@code
 * issue_template.md}.
 *
 * @param folder the template folder as written ({@code .github/ISSUE_TEMPLATE}), when present
 * @param templates the Markdown templates and forms found (not {@code config.yml})
 * @param config the {@code config.yml}, when present
 * @param legacy legacy single-template files
 * @param problems what GitHub would not accept, each at its file and line
 */
public record IssueTemplates(
    Optional<String> folder,
    List<String> templates,
    Optional<String> config,
    List<String> legacy,
    List<SourceProblem> problems) {
  public IssueTemplates {
    templates = List.copyOf(templates);
    legacy = List.copyOf(legacy);
    problems = List.copyOf(problems);
  }

  /** The body item types GitHub's issue forms accept. */
  public static final Set<String> FORM_TYPES =
      Set.of("markdown", "input", "textarea", "dropdown", "checkboxes", "upload");

  static final String FOLDER = ".github/issue_template/";

  interface Docs {
    Optional<MarkdownDoc> markdown(String path);

    Optional<String> text(String path);
  }

  /** Folders that may hold the legacy single {@code issue_template.md}. */
  private static final List<String> LEGACY_FOLDERS = List.of("", "docs/", ".github/");

  /**
   * Reads the templates of {@code repo}. Cost: a listing of the template folder and the three
   * legacy folders, in any case; then only the templates.
   */
  static IssueTemplates read(Repo repo, Docs docs) {
    Optional<String> folder = Optional.empty();
    List<String> templates = new ArrayList<>();
    Optional<String> config = Optional.empty();
    List<String> legacy = new ArrayList<>();
    List<SourceProblem> problems = new ArrayList<>();
    for (String dir : LEGACY_FOLDERS) {
      for (String path : Folders.files(repo, dir)) {
        if (Folders.lowerName(path).equals("issue_template.md")) {
          legacy.add(path);
        }
      }
    }
    Collections.sort(legacy);
    for (String path : Folders.files(repo, FOLDER)) {
      folder = Optional.of(path.substring(0, path.lastIndexOf('/')));
      String name = Folders.lowerName(path);
      if (name.equals("config.yml") || name.equals("config.yaml")) {
        config = Optional.of(path);
        docs.text(path).ifPresent(t -> checkConfig(path, t, problems));
      } else if (name.endsWith(".md")) {
        templates.add(path);
        docs.markdown(path).ifPresent(d -> checkMarkdown(d, problems));
      } else if (name.endsWith(".yml") || name.endsWith(".yaml")) {
        templates.add(path);
        docs.text(path).ifPresent(t -> checkForm(path, t, problems));
      }
    }
    return new IssueTemplates(folder, templates, config, legacy, problems);
  }

  private static void checkMarkdown(MarkdownDoc doc, List<SourceProblem> problems) {
    String path = doc.path();
    if (doc.frontMatterProblem().isPresent()) {
      problems.add(
          new SourceProblem(
              path,
              1,
              "its front matter cannot be read (" + doc.frontMatterProblem().get() + ")",
              "Quote values that contain ':' and keep the front matter between two '---' lines."));
      return;
    }
    if (doc.frontMatter().isEmpty()) {
      problems.add(
          new SourceProblem(
              path,
              1,
              "it has no front matter, so GitHub does not offer it in the template chooser",
              "Start the file with '---', 'name: <template name>', 'about: <when to use it>',"
                  + " '---'."));
      return;
    }
    requireText(path, doc.frontMatter().get("name"), "name", keyLine(doc, "name"), problems, true);
    requireText(
        path, doc.frontMatter().get("about"), "about", keyLine(doc, "about"), problems, false);
  }

  /** The line of a front-matter key, or 1 (the front matter's first line) when it is absent. */
  private static int keyLine(MarkdownDoc doc, String key) {
    for (int i = 1; i < doc.lines().size(); i++) {
      String l = doc.lines().get(i).strip();
      if (l.equals("---")) {
        break;
      }
      if (l.startsWith(key + ":")) {
        return i + 1;
      }
    }
    return 1;
  }

  private static void requireText(
      String path, Object value, String key, int line, List<SourceProblem> problems, boolean name) {
    String text = value == null ? "" : value.toString().strip();
    if (text.isEmpty()) {
      problems.add(
          new SourceProblem(
              path,
              line,
              "its front matter has no '" + key + "'",
              "Add '" + key + ": <" + (name ? "template name" : "when to use it") + ">'."));
    } else if (name && text.length() <= 3) {
      problems.add(nameTooShort(path, line, text));
    }
  }

  private static SourceProblem nameTooShort(String path, int line, String name) {
    return new SourceProblem(
        path,
        line,
        "its name '" + name + "' has 3 characters or fewer, so GitHub does not show the template",
        "Use a name of at least 4 characters, such as 'Bug report'.");
  }

  private static void checkForm(String path, String text, List<SourceProblem> problems) {
    YamlDocument.Result parsed = YamlDocument.parse(path, text);
    if (!parsed.problems().isEmpty() || parsed.root().isEmpty()) {
      int line = parsed.problems().isEmpty() ? 1 : parsed.problems().get(0).line();
      String why =
          parsed.problems().isEmpty() ? "the file is empty" : parsed.problems().get(0).message();
      problems.add(
          new SourceProblem(
              path,
              line,
              "this issue form cannot be read: " + why,
              "Fix the YAML; an issue form needs 'name', 'description' and 'body'."));
      return;
    }
    Node root = parsed.root().get();
    if (!(root instanceof MappingNode)) {
      problems.add(
          new SourceProblem(
              path,
              1,
              "this issue form is not a mapping of keys",
              "An issue form needs top-level 'name', 'description' and 'body'."));
      return;
    }
    Optional<NodeTuple> name = entry(root, "name");
    if (name.isEmpty()) {
      problems.add(missingKey(path, 1, "name", "Add 'name: <template name>'."));
    } else {
      String n = YamlDocument.scalar(name.get().getValueNode()).orElse("").strip();
      if (n.length() <= 3) {
        problems.add(nameTooShort(path, YamlDocument.line(name.get().getKeyNode()), n));
      }
    }
    if (entry(root, "description").isEmpty()) {
      problems.add(missingKey(path, 1, "description", "Add 'description: <when to use it>'."));
    }
    Optional<NodeTuple> body = entry(root, "body");
    if (body.isEmpty()) {
      problems.add(
          missingKey(path, 1, "body", "Add 'body:' with at least one field (type: textarea)."));
      return;
    }
    Node items = body.get().getValueNode();
    if (!(items instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
      problems.add(
          new SourceProblem(
              path,
              YamlDocument.line(body.get().getKeyNode()),
              "'body' must be a non-empty list of fields",
              "List the fields under 'body:', each with a 'type'."));
      return;
    }
    Set<String> ids = new HashSet<>();
    boolean onlyMarkdown = true;
    for (Node item : seq.getValue()) {
      int line = YamlDocument.line(item);
      String type =
          entry(item, "type").flatMap(t -> YamlDocument.scalar(t.getValueNode())).orElse("");
      if (!FORM_TYPES.contains(type)) {
        problems.add(
            new SourceProblem(
                path,
                line,
                type.isEmpty()
                    ? "this body field has no 'type'"
                    : "this body field has the unknown type '" + type + "'",
                "Use one of checkboxes, dropdown, input, markdown, textarea, upload."));
        continue;
      }
      if (!type.equals("markdown")) {
        onlyMarkdown = false;
        Optional<String> label =
            entry(item, "attributes")
                .flatMap(a -> entry(a.getValueNode(), "label"))
                .flatMap(l -> YamlDocument.scalar(l.getValueNode()));
        if (label.isEmpty() || label.get().isBlank()) {
          problems.add(
              new SourceProblem(
                  path,
                  line,
                  "this " + type + " field has no 'attributes.label'",
                  "Add 'attributes:' with 'label: <question>'."));
        }
      }
      Optional<String> id = entry(item, "id").flatMap(t -> YamlDocument.scalar(t.getValueNode()));
      if (id.isPresent() && !ids.add(id.get())) {
        problems.add(
            new SourceProblem(
                path,
                line,
                "the id '" + id.get() + "' is used by an earlier field",
                "Give every field its own id."));
      }
    }
    if (onlyMarkdown) {
      problems.add(
          new SourceProblem(
              path,
              YamlDocument.line(body.get().getKeyNode()),
              "'body' has only markdown fields, and a form needs at least one field to fill in",
              "Add an input, textarea, dropdown or checkboxes field."));
    }
  }

  private static void checkConfig(String path, String text, List<SourceProblem> problems) {
    YamlDocument.Result parsed = YamlDocument.parse(path, text);
    if (!parsed.problems().isEmpty()) {
      problems.add(
          new SourceProblem(
              path,
              parsed.problems().get(0).line(),
              "config.yml cannot be read: " + parsed.problems().get(0).message(),
              "Fix the YAML; it takes 'blank_issues_enabled' and 'contact_links'."));
      return;
    }
    if (parsed.root().isEmpty()) {
      return;
    }
    for (NodeTuple t : YamlDocument.entries(parsed.root().get())) {
      String key = YamlDocument.scalar(t.getKeyNode()).orElse("");
      int line = YamlDocument.line(t.getKeyNode());
      switch (key) {
        case "blank_issues_enabled" -> {
          Object v = YamlDocument.plain(t.getValueNode());
          if (!(v instanceof Boolean)) {
            problems.add(
                new SourceProblem(
                    path,
                    line,
                    "'blank_issues_enabled' must be true or false, not '" + v + "'",
                    "Write 'blank_issues_enabled: false' (or true)."));
          }
        }
        case "contact_links" -> {
          if (!(t.getValueNode() instanceof SequenceNode links)) {
            problems.add(
                new SourceProblem(
                    path,
                    line,
                    "'contact_links' must be a list",
                    "List each link with '- name:', 'url:' and 'about:'."));
            break;
          }
          for (Node link : links.getValue()) {
            for (String k : List.of("name", "url", "about")) {
              if (entry(link, k).flatMap(e -> YamlDocument.scalar(e.getValueNode())).isEmpty()) {
                problems.add(
                    new SourceProblem(
                        path,
                        YamlDocument.line(link),
                        "this contact link has no '" + k + "'",
                        "Give every contact link a 'name', a 'url' and an 'about'."));
              }
            }
          }
        }
        default ->
            problems.add(
                new SourceProblem(
                    path,
                    line,
                    "config.yml has the unknown key '" + key + "', which GitHub ignores",
                    "Use only 'blank_issues_enabled' and 'contact_links'."));
      }
    }
  }

  private static SourceProblem missingKey(String path, int line, String key, String hint) {
    return new SourceProblem(path, line, "this issue form has no '" + key + "'", hint);
  }

  static Optional<NodeTuple> entry(Node node, String key) {
    for (NodeTuple t : YamlDocument.entries(node)) {
      if (t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
