package dev.trellis.rules.adr;

import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.Location;
import dev.trellis.core.rule.OptionSpec;
import dev.trellis.core.rule.OptionSpec.Looser;
import dev.trellis.core.rule.Problem;
import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleContext;
import dev.trellis.core.rule.RuleInfo;
import dev.trellis.core.signal.adr.AdrFormat;
import dev.trellis.core.signal.adr.AdrLink;
import dev.trellis.core.signal.adr.AdrLog;
import dev.trellis.core.signal.adr.AdrRecord;
import dev.trellis.core.signal.adr.AdrSignal;
import dev.trellis.core.signal.adr.AdrStatus;
import java.util.List;
import java.util.Locale;

/**
 * {@code adr/status}: every record states its status, the status is one the policy allows, and a
 * superseded record names its successor. Statuses written loosely ("Proposed.", "**Accepted**",
 * "Accepted (PR #12)") count as their canonical value.
 */
public final class StatusRule implements Rule {
  static final List<String> ALLOWED =
      List.of("draft", "proposed", "accepted", "rejected", "deprecated", "superseded");

  private static final RuleInfo INFO =
      RuleInfo.builder("adr/status")
          .title("Decision records state a known status, and superseded ones name their successor")
          .rationale(
              "Readers must tell a decision in force from a proposal or a reversed one; a record"
                  + " that was superseded must send them to the decision that replaced it.")
          .defaultLevel(Level.WARN)
          .option(
              OptionSpec.strings(
                  "allowed",
                  ALLOWED,
                  Looser.MORE,
                  "Statuses a record may have: canonical ones (draft, proposed, accepted,"
                      + " rejected, deprecated, superseded) or others as written ('on hold')."))
          .option(
              OptionSpec.strings(
                  "optionalIn",
                  List.of("madr-2", "madr-3", "madr-4", "log4brains"),
                  Looser.MORE,
                  "Templates in which a record may leave its status out (MADR's metadata is"
                      + " optional; log4brains reads a missing status as accepted). A log whose"
                      + " own template has no place for a status is not asked for one either."))
          .fix(
              "Write the status where the template keeps it: a '## Status' section (Nygard,"
                  + " adr-tools), a '* Status:' line (MADR 2) or 'status:' in the front matter"
                  + " (MADR 3/4). A superseded record says 'Superseded by [N. Title](NNNN-title.md)'.")
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx) {
    List<String> allowed =
        ctx.options().strings("allowed").stream()
            .map(s -> s.strip().toLowerCase(Locale.ROOT))
            .toList();
    List<String> optionalIn =
        ctx.options().strings("optionalIn").stream()
            .map(s -> s.strip().toLowerCase(Locale.ROOT))
            .toList();
    for (AdrLog log : ctx.signal(AdrSignal.SIGNAL).logs()) {
      for (AdrRecord r : log.readable()) {
        AdrStatus s = r.status();
        if (!s.present()) {
          if (!optionalIn.contains(r.format().id()) && !log.templatesKeepNoStatus()) {
            ctx.report(
                Problem.at(Adr.at(r), Adr.name(r) + " has no status. " + where(r.format()))
                    .withKey(r.path() + ":missing"));
          }
          continue;
        }
        Location at = Location.line(r.path(), s.line());
        if (s.placeholder()) {
          ctx.report(
              Problem.at(
                      at,
                      "The status of "
                          + Adr.name(r)
                          + " is still the template's list of choices ('"
                          + s.text()
                          + "'): keep the one that applies.")
                  .withKey(r.path() + ":status:placeholder"));
          continue;
        }
        if (!allowed(s, allowed)) {
          ctx.report(
              Problem.at(
                      at,
                      "The status '"
                          + s.text()
                          + "' of "
                          + Adr.name(r)
                          + (s.canonical() == AdrStatus.Canonical.OTHER
                              ? ""
                              : " (read as " + s.canonical().id() + ")")
                          + " is not one of the allowed statuses: "
                          + String.join(", ", allowed)
                          + ".")
                  .withKey(r.path() + ":status:" + s.policyName()));
        }
        if (s.canonical() == AdrStatus.Canonical.SUPERSEDED && !namesSuccessor(r)) {
          ctx.report(
              Problem.at(
                      at,
                      Adr.name(r)
                          + " is superseded but does not say by which record. Write 'Superseded"
                          + " by [N. Title](NNNN-title.md)' in its status.")
                  .withKey(r.path() + ":successor"));
        }
      }
    }
  }

  private static boolean allowed(AdrStatus s, List<String> allowed) {
    if (allowed.contains(s.canonical().id()) && s.canonical() != AdrStatus.Canonical.OTHER) {
      return true;
    }
    String text = s.text().toLowerCase(Locale.ROOT).replaceAll("[*_`.]", "").strip();
    for (String a : allowed) {
      if (text.equals(a) || text.startsWith(a + " ") || text.startsWith(a + "(")) {
        return true;
      }
    }
    return false;
  }

  /** A superseded-by link, or any link to another record on the status line or just below it. */
  private static boolean namesSuccessor(AdrRecord r) {
    int line = r.status().line();
    for (AdrLink l : r.links()) {
      if (l.relation() == AdrLink.Relation.SUPERSEDED_BY) {
        return true;
      }
      if (l.line() >= line && l.line() <= line + 3 && l.relation() != AdrLink.Relation.SUPERSEDES) {
        return true;
      }
    }
    return false;
  }

  private static String where(AdrFormat format) {
    return switch (format) {
      case MADR_2, LOG4BRAINS ->
          "Add a line '* Status: accepted' (or proposed, ...) under the title.";
      case MADR_3, MADR_4 -> "Add 'status: accepted' (or proposed, ...) to the front matter.";
      case RST -> "Add a 'Status' section with the status on the line below its title.";
      default ->
          "Add a '## Status' section with the status (proposed, accepted, ...) on the line below.";
    };
  }
}
