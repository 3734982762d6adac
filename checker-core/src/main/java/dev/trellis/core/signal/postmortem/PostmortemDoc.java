package dev.trellis.core.signal.postmortem;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A postmortem template or report.
 *
 * @param path where it is
 * @param template whether it is a template (by name or place, or placeholders and no dates)
 * @param form whether it is a GitHub issue form ({@code .yml})
 * @param sections the sections found, each with the heading (or form field) that means it and its
 *     line
 * @param actionItems the action items (reports only)
 * @param actionItemsLine the line of the action-items heading, when there is one
 * @param actionItemsEmpty whether that section holds nothing at all (no item, no sentence saying
 *     why no action is needed)
 * @param prose lines where wording matters: quoted chat logs, code, HTML comments and appendices
 *     left out
 * @param blamelessStatement where it states the blameless principle, when it does
 */
public record PostmortemDoc(
    String path,
    boolean template,
    boolean form,
    Map<Section, Heading> sections,
    List<ActionItem> actionItems,
    Optional<Integer> actionItemsLine,
    boolean actionItemsEmpty,
    List<ProseLine> prose,
    Optional<Integer> blamelessStatement) {

  public PostmortemDoc {
    sections = Map.copyOf(sections);
    actionItems = List.copyOf(actionItems);
    prose = List.copyOf(prose);
  }

  /** A heading or form field, as written, and its line. */
  public record Heading(String text, int line) {}

  /** A line of prose to check the wording of. */
  public record ProseLine(int line, String text) {}
}
