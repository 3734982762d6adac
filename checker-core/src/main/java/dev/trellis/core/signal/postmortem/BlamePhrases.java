package dev.trellis.core.signal.postmortem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blame predicates and their blameless rewordings. Names are not blame ("@ana restarts the
 * database" is a fine timeline entry); a predicate about a person is. An entry is {@code phrase =>
 * rewording}; in the phrase, {@code {person}} stands for a {@code @handle}, a pronoun or a role
 * ("the on-call engineer"), and {@code {who}} also for a capitalised name ("Alice forgot to").
 * Words match case-insensitively and whole; a phrase inside quotation marks or backticks is quoted,
 * not said, and does not match.
 *
 * <p>Example: {@code BlamePhrases.parse(List.of("{who} forgot to => Say what step was missing and
 * why nothing caught it.")).find("Alice forgot to run the migration.")}
 */
public final class BlamePhrases {
  /** The built-in list, from the SRE book, PagerDuty and Etsy guidance. */
  public static final List<String> DEFAULT =
      List.of(
          "human error => Name the condition that let the mistake through, e.g. 'Contributing"
              + " factor: the deploy tool accepted a config with no schema check.'",
          "operator error => Name the condition that let the mistake through, e.g. 'the"
              + " runbook step was easy to skip and nothing checked it.'",
          "{who} forgot to => Say which step was missing and why nothing caught it, e.g. 'The"
              + " release checklist had no migration step and nothing enforced it.'",
          "{who} neglected to => Say which step was missing and why nothing caught it.",
          "{who} didn't follow => Say why the process was easy to skip, e.g. 'The runbook step"
              + " was optional and nothing checked it.'",
          "{who} did not follow => Say why the process was easy to skip.",
          "{who} messed up => Describe what happened to the system, not the person.",
          "{who} screwed up => Describe what happened to the system, not the person.",
          "{person} failed to => Describe what the system did, e.g. 'The alert fired in a channel"
              + " that was not paged; it was seen 40 minutes later.'",
          "{person} should have => Ask what would have made the problem visible, e.g. 'The alert"
              + " fired in a channel that was not paged.'",
          "careless => Describe the conditions that made the mistake easy, not the person.",
          "carelessness => Describe the conditions that made the mistake easy, not the person.",
          "negligence => Describe the conditions that made the mistake easy, not the person.",
          "negligent => Describe the conditions that made the mistake easy, not the person.",
          "incompetent => Describe the gap in tooling, training or process instead.",
          "sloppy => Describe the gap in tooling or process instead.",
          "be more careful => Make the action systemic, e.g. 'Action: add an automated presubmit"
              + " check for schema changes.'",
          "who caused => Ask what allowed it to happen, e.g. 'What let this change reach"
              + " production?'",
          "whose fault => Ask what allowed it to happen.",
          "why didn't you => Ask what the person saw, e.g. 'What did the reviewer see, and what"
              + " would have shown the problem?'",
          "bad apple => Look for the conditions that made the failure possible; the SRE book"
              + " rejects the Bad Apple Theory.");

  static final String PERSON =
      "(?:@[A-Za-z0-9][\\w.-]*(?:/[\\w.-]+)?"
          + "|\\b(?i:he|she|you|someone|somebody"
          + "|the (?:on-?call|on call|oncall)(?: engineer| person| sre| responder)?"
          + "|the (?:engineer|developer|operator|reviewer|author|admin|administrator|sre|intern"
          + "|deployer|team member|new hire|dev|responder)"
          + "|(?:an?|our) (?:engineer|developer|operator|reviewer|admin|intern|dev))\\b)";
  static final String NAME =
      "\\b(?!(?:The|This|That|These|Those|It|We|Our|Nobody|No|Everyone|Everybody|Also|Then"
          + "|Which|What|When|If|But|And|Or|Monitoring|Alerting|System|Service|Deploy|Build"
          + "|Tests?|CI)\\b)[A-Z][a-z]+\\b";

  /** One phrase: what it matches and what to write instead. */
  public record Phrase(String phrase, Pattern pattern, String rewording) {}

  /** A hit: the phrase, the text it matched, and where in the line. */
  public record Hit(Phrase phrase, String matched, int column) {}

  private final List<Phrase> phrases;

  private BlamePhrases(List<Phrase> phrases) {
    this.phrases = List.copyOf(phrases);
  }

  /** Compiles entries of the form {@code phrase => rewording} (the rewording is optional). */
  public static BlamePhrases parse(List<String> entries) {
    List<Phrase> out = new ArrayList<>();
    for (String e : entries) {
      int arrow = e.indexOf("=>");
      String phrase = (arrow < 0 ? e : e.substring(0, arrow)).strip();
      String rewording =
          arrow < 0
              ? "Describe what the system allowed, not what a person did wrong."
              : e.substring(arrow + 2).strip();
      if (phrase.isEmpty()) {
        continue;
      }
      StringBuilder re = new StringBuilder();
      for (String word : phrase.split("\\s+")) {
        if (re.length() > 0) {
          re.append("\\s+");
        }
        switch (word) {
          case "{person}" -> re.append(PERSON);
          case "{who}" -> re.append("(?:").append(PERSON).append('|').append(NAME).append(')');
          default ->
              re.append("(?i:\\b")
                  .append(Pattern.quote(word.replace("’", "'")))
                  .append(Character.isLetterOrDigit(word.charAt(word.length() - 1)) ? "\\b" : "")
                  .append(')');
        }
      }
      out.add(new Phrase(phrase, Pattern.compile(re.toString()), rewording));
    }
    return new BlamePhrases(out);
  }

  /** Every phrase said (not quoted) in {@code line}, in order of position. */
  public List<Hit> find(String line) {
    String text = line.replace('’', '\'');
    List<Hit> hits = new ArrayList<>();
    for (Phrase p : phrases) {
      Matcher m = p.pattern().matcher(text);
      while (m.find()) {
        if (!quoted(text, m.start())) {
          hits.add(new Hit(p, line.substring(m.start(), m.end()), m.start() + 1));
          break;
        }
      }
    }
    hits.sort(java.util.Comparator.comparingInt(Hit::column));
    return hits;
  }

  /** The first phrase said in {@code line}. */
  public Optional<Hit> first(String line) {
    List<Hit> hits = find(line);
    return hits.isEmpty() ? Optional.empty() : Optional.of(hits.get(0));
  }

  /** Whether {@code at} is inside "double", “curly” or `code` quotes on the line. */
  private static boolean quoted(String text, int at) {
    int dq = 0;
    int bt = 0;
    int curly = 0;
    for (int i = 0; i < at; i++) {
      char c = text.charAt(i);
      if (c == '"') {
        dq++;
      } else if (c == '`') {
        bt++;
      } else if (c == '“') {
        curly++;
      } else if (c == '”') {
        curly--;
      }
    }
    return dq % 2 == 1 || bt % 2 == 1 || curly > 0;
  }
}
