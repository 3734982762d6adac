package dev.trellis.rules.adr;

import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.OptionSpec;
import dev.trellis.core.rule.OptionSpec.Looser;
import dev.trellis.core.rule.Problem;
import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleContext;
import dev.trellis.core.rule.RuleInfo;
import dev.trellis.core.signal.adr.AdrFormat;
import dev.trellis.core.signal.adr.AdrLog;
import dev.trellis.core.signal.adr.AdrRecord;
import dev.trellis.core.signal.adr.AdrSignal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code adr/sections}: every record has a title and the sections its template requires — the
 * template the policy names, or the one each record is detected to follow (Nygard: Context,
 * Decision, Consequences; MADR: Context and Problem Statement, Considered Options, Decision
 * Outcome). Empty and binary record files are reported too.
 */
public final class SectionsRule implements Rule {
  private static final RuleInfo INFO =
      RuleInfo.builder("adr/sections")
          .title("Decision records have a title and the sections of their template")
          .rationale(
              "A record without its context or consequences tells readers what was decided but not"
                  + " why, which is the part they need when the decision is questioned.")
          .defaultLevel(Level.WARN)
          .option(
              OptionSpec.string(
                  "template",
                  "auto",
                  Looser.NEITHER,
                  "nygard, madr, or auto (each record's own detected template; records of no"
                      + " known template are not checked)."))
          .option(
              OptionSpec.strings(
                  "required",
                  List.of(),
                  Looser.FEWER,
                  "Section titles every record must have; when set, replaces the template's."))
          .fix(
              "Add the missing sections (a line saying 'None' is better than a missing heading),"
                  + " or fill in or delete the empty file.")
          .build();

  static final List<String> NYGARD = List.of("Context", "Decision", "Consequences");
  static final List<String> MADR =
      List.of("Context and Problem Statement", "Considered Options", "Decision Outcome");

  /** Headings accepted in place of a required one: real logs word them loosely. */
  private static final Map<String, List<String>> SYNONYMS =
      Map.of(
          "context", List.of("context and problem statement", "background", "problem statement"),
          "decision", List.of("decision outcome", "decisions", "the decision"),
          "consequences",
              List.of(
                  "positive consequences", "negative consequences", "consequence", "implications"),
          "context and problem statement",
              List.of("context", "problem statement", "context and problem"),
          "considered options",
              List.of("options", "options considered", "considered alternatives", "alternatives"),
          "decision outcome", List.of("decision"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx) {
    String template = ctx.options().string("template").toLowerCase(Locale.ROOT);
    List<String> required = ctx.options().strings("required");
    for (AdrLog log : ctx.signal(AdrSignal.SIGNAL).logs()) {
      for (AdrRecord r : log.records()) {
        switch (r.content()) {
          case EMPTY -> {
            ctx.report(
                Problem.inFile(
                        r.path(),
                        Adr.name(r) + " is empty. Write the decision in it, or delete the file.")
                    .withKey(r.path() + ":empty"));
            continue;
          }
          case BINARY -> {
            ctx.report(
                Problem.inFile(
                        r.path(),
                        Adr.name(r)
                            + " is not a text file, so nobody can review it in a diff. Write the"
                            + " record as Markdown.")
                    .withKey(r.path() + ":binary"));
            continue;
          }
          default -> {}
        }
        if (r.title().isEmpty()) {
          ctx.report(
              Problem.inFile(
                      r.path(),
                      Adr.name(r)
                          + " has no title: start it with a level-1 heading such as '# "
                          + r.number().map(n -> n + ". ").orElse("")
                          + r.displayTitle()
                          + "'.")
                  .withKey(r.path() + ":title"));
        }
        List<String> wanted;
        String what;
        if (!required.isEmpty()) {
          wanted = required;
          what = "the policy requires";
        } else if (template.equals("nygard")
            || (template.equals("auto") && r.format() == AdrFormat.NYGARD)) {
          wanted = NYGARD;
          what = "the Nygard template requires";
        } else if (template.equals("madr") || (template.equals("auto") && r.format().isMadr())) {
          wanted = MADR;
          what = "the MADR template requires";
        } else {
          continue;
        }
        List<String> missing = new ArrayList<>();
        for (String s : wanted) {
          if (!has(r, s)) {
            missing.add(s);
          }
        }
        if (!missing.isEmpty()) {
          ctx.report(
              Problem.at(
                      Adr.at(r),
                      Adr.name(r)
                          + " lacks "
                          + (missing.size() == 1 ? "the section '" : "the sections '")
                          + String.join("', '", missing)
                          + "' that "
                          + what
                          + ".")
                  .withKey(r.path() + ":" + String.join(",", missing)));
        }
      }
    }
  }

  private static boolean has(AdrRecord r, String section) {
    if (r.hasSection(section)) {
      return true;
    }
    String key = dev.trellis.core.signal.markdown.MarkdownDoc.normalise(section);
    for (String alt : SYNONYMS.getOrDefault(key, List.of())) {
      if (r.hasSection(alt)) {
        return true;
      }
    }
    return false;
  }
}
