package dev.trellis.core.docs;

import dev.trellis.core.declarative.DeclarativeRules;
import java.util.List;
import java.util.Map;

/**
 * The page of the declarative rule types ({@code docs/declarative-rules.md}), generated from the
 * types' own key descriptions, with worked examples from their fixtures.
 */
public final class DeclarativeDocs {
  /** Where the page lives, relative to the repository root. */
  public static final String PATH = "docs/declarative-rules.md";

  private DeclarativeDocs() {}

  /** The page; {@code examples} by type name. */
  public static String page(
      List<DeclarativeRules.TypeDoc> types, Map<String, RuleDocs.Example> examples) {
    StringBuilder out = new StringBuilder();
    out.append(RuleDocs.HEADER).append("\n# Declarative rules\n\n");
    out.append(
        "A team declares these rules in its baseline or `trellis.yml`, without Java. The id is"
            + " the team's own `area/name`:\n\n```yaml\nrules:\n  acme/no-env-files:\n"
            + "    type: file-absent\n    paths: [\"**/.env\", \"**/*.pem\"]\n    level: error\n"
            + "    message: Secrets never live in the repository.\n```\n\n");
    out.append("Every type takes these keys:\n\n| Key | What it sets |\n| --- | --- |\n");
    out.append("| `type` | The type (required): ")
        .append(String.join(", ", types.stream().map(t -> "`" + t.name() + "`").toList()))
        .append(". |\n");
    out.append("| `level` | `error` (the default), `warn`, `info` or `off`. |\n");
    out.append("| `message` | Added to every finding: why the rule exists. |\n");
    out.append("| `hint` | How to fix a finding. |\n\n");
    out.append(
        "Globs follow the policy's glob syntax (`**` crosses folders, a pattern without `/`"
            + " matches at any depth). Regular expressions are RE2 (linear time: no"
            + " backreferences, no lookaround); write them in single quotes in YAML. A glob in the"
            + " repository's own policy file that matches no file is reported, since the rule then"
            + " checks nothing there; a baseline's glob is not, since a baseline is written for"
            + " many repositories and its glob may rightly match nothing in some of them (a"
            + " file-exists rule still reports that no file matches: that is its check). An unknown"
            + " key, a missing key or a bad regular expression is a configuration error with file,"
            + " line and a hint.\n");
    for (DeclarativeRules.TypeDoc t : types) {
      out.append("\n## ").append(t.name()).append("\n\n").append(t.summary()).append("\n\n");
      out.append("| Key | What it sets |\n| --- | --- |\n");
      t.keys()
          .forEach(
              (k, d) ->
                  out.append("| `")
                      .append(k)
                      .append("` | ")
                      .append(d.replace("|", "\\|"))
                      .append(" |\n"));
      RuleDocs.Example e = examples.get(t.name());
      if (e != null) {
        out.append("\n### Example\n");
        RuleDocs.example(out, e);
      }
    }
    return out.toString();
  }
}
