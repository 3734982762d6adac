package dev.trellis.core.signal.postmortem;

import java.util.List;

/**
 * The postmortem templates and reports of a repository.
 *
 * @param templates templates: in postmortem folders by name, issue templates named for postmortems,
 *     {@code incident} issue templates only when their sections make them one, and the configured
 *     template
 * @param reports the other Markdown files in postmortem folders (indexes left out)
 * @param folders the postmortem folders found
 */
public record Postmortems(
    List<PostmortemDoc> templates, List<PostmortemDoc> reports, List<String> folders) {
  public Postmortems {
    templates = List.copyOf(templates);
    reports = List.copyOf(reports);
    folders = List.copyOf(folders);
  }
}
