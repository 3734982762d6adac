package dev.trellis.core.signal.postmortem;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The usual sections of a postmortem and the headings that mean them (Google SRE book, PagerDuty,
 * Atlassian, and public repositories). Headings match case-insensitively, at any level, by meaning:
 * a heading belongs to the section whose synonym appears earliest in it as whole words ("Impact
 * analysis" is Impact, "Remediation timeline" is Action items). Root cause and contributing factors
 * are one slot: the sources disagree on the name, not on the need.
 *
 * <table>
 *   <caption>Synonyms</caption>
 *   <tr><th>section</th><th>headings</th></tr>
 *   <tr><td>summary</td><td>Summary, Incident summary, Executive summary, Overview, TL;DR, What happened</td></tr>
 *   <tr><td>impact</td><td>Impact, Customer impact, User impact, Business impact, Blast radius, Who was affected</td></tr>
 *   <tr><td>timeline</td><td>Timeline, Timeline of events, Chronology, Sequence of events, When did it occur</td></tr>
 *   <tr><td>root-causes</td><td>Root cause(s), Root cause analysis, RCA, Contributing factor(s), Causes, Trigger, Leadup, Fault, Five whys, Analysis, What caused it, Why did it happen</td></tr>
 *   <tr><td>detection</td><td>Detection, How was it detected</td></tr>
 *   <tr><td>response</td><td>Response, Resolution, Recovery, Mitigation, Details of mitigation</td></tr>
 *   <tr><td>action-items</td><td>Action items, Actions, Follow-up actions, Follow-ups, Corrective actions, Preventive actions, Remediation, Next steps, S.M.A.R.T. improvements, Improvements</td></tr>
 *   <tr><td>lessons-learned</td><td>Lessons learned, Lessons, Learnings, What went well, What went wrong, What went poorly, Where we got lucky, Takeaways, Retrospective</td></tr>
 * </table>
 */
public enum Section {
  SUMMARY(
      "summary",
      "Summary",
      List.of(
          "summary",
          "incident summary",
          "executive summary",
          "overview",
          "tldr",
          "tl dr",
          "what happened")),
  IMPACT(
      "impact",
      "Impact",
      List.of(
          "impact",
          "customer impact",
          "user impact",
          "business impact",
          "blast radius",
          "who was affected")),
  TIMELINE(
      "timeline",
      "Timeline",
      List.of(
          "timeline",
          "time line",
          "timeline of events",
          "chronology",
          "sequence of events",
          "when did it occur")),
  ROOT_CAUSES(
      "root-causes",
      "Root causes or contributing factors",
      List.of(
          "root cause",
          "root causes",
          "root cause analysis",
          "rca",
          "contributing factors",
          "contributing factor",
          "causes",
          "cause",
          "trigger",
          "triggers",
          "leadup",
          "lead up",
          "fault",
          "five whys",
          "5 whys",
          "analysis",
          "what caused it",
          "why did it happen")),
  DETECTION("detection", "Detection", List.of("detection", "how was it detected")),
  RESPONSE(
      "response",
      "Response and recovery",
      List.of(
          "response",
          "resolution",
          "recovery",
          "mitigation",
          "details of mitigation",
          "how was it resolved")),
  ACTION_ITEMS(
      "action-items",
      "Action items",
      List.of(
          "action items",
          "action item",
          "actions",
          "follow up actions",
          "follow ups",
          "follow up",
          "followups",
          "corrective actions",
          "corrective action",
          "preventive actions",
          "preventative actions",
          "remediation",
          "remediations",
          "remediation timeline",
          "next steps",
          "smart improvements",
          "improvements")),
  LESSONS_LEARNED(
      "lessons-learned",
      "Lessons learned",
      List.of(
          "lessons learned",
          "lessons",
          "learnings",
          "what went well",
          "what went wrong",
          "what went poorly",
          "where we got lucky",
          "takeaways",
          "retrospective"));

  private final String id;
  private final String title;
  private final List<String> synonyms;

  Section(String id, String title, List<String> synonyms) {
    this.id = id;
    this.title = title;
    this.synonyms = synonyms;
  }

  /** The id used in options ({@code root-causes}). */
  public String id() {
    return id;
  }

  /** The canonical name for messages ({@code Root causes or contributing factors}). */
  public String title() {
    return title;
  }

  /** The headings that mean this section, normalised. */
  public List<String> synonyms() {
    return synonyms;
  }

  /** The section with this id. */
  public static Optional<Section> byId(String id) {
    for (Section s : values()) {
      if (s.id.equalsIgnoreCase(id.strip())) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * Lower case, numbering and punctuation dropped, words separated by single spaces: {@code "2.
   * S.M.A.R.T. Follow-ups:"} becomes {@code "smart follow ups"}.
   */
  public static String normalise(String heading) {
    String t = heading.toLowerCase(Locale.ROOT).replace("’", "'");
    t = t.replaceAll("(?<=\\p{L})\\.(?=\\p{L})", "").replaceAll("\\.(?=\\s|$)", " ");
    t = t.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    t = t.replaceAll("^\\d+( \\d+)* ", "");
    return t;
  }

  /** The section a heading (or form field label or id) means, if any. */
  public static Optional<Section> of(String heading) {
    String h = normalise(heading);
    if (h.isEmpty()) {
      return Optional.empty();
    }
    String padded = " " + h + " ";
    String squeezed = h.replace(" ", "");
    Section best = null;
    int bestAt = Integer.MAX_VALUE;
    int bestLength = 0;
    for (Section s : values()) {
      for (String syn : s.synonyms) {
        int at = padded.indexOf(" " + syn + " ");
        if (at < 0 && squeezed.equals(syn.replace(" ", ""))) {
          at = 0;
        }
        if (at >= 0 && (at < bestAt || (at == bestAt && syn.length() > bestLength))) {
          best = s;
          bestAt = at;
          bestLength = syn.length();
        }
      }
    }
    return Optional.ofNullable(best);
  }
}
