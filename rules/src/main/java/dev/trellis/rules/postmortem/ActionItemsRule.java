package dev.trellis.rules.postmortem;

import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.OptionSpec;
import dev.trellis.core.rule.OptionSpec.Looser;
import dev.trellis.core.rule.Problem;
import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleContext;
import dev.trellis.core.rule.RuleInfo;
import dev.trellis.core.signal.postmortem.ActionItem;
import dev.trellis.core.signal.postmortem.PostmortemDoc;
import dev.trellis.core.signal.postmortem.PostmortemSignal;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code postmortem/action-items}: every postmortem report has action items, and each has an owner
 * and a ticket or a due date. Templates are not checked: their items are placeholders.
 */
public final class ActionItemsRule implements Rule {
  private static final RuleInfo INFO =
      RuleInfo.builder("postmortem/action-items")
          .title("Postmortem action items have an owner and a ticket or due date")
          .rationale(
              "An action item nobody owns and nothing tracks is a wish; the same incident comes"
                  + " back because the follow-up was never done.")
          .defaultLevel(Level.WARN)
          .option(
              OptionSpec.bool(
                  "requireOwner", true, Looser.FALSE, "Each item names an owner (@handle, team)."))
          .option(
              OptionSpec.bool(
                  "requireTracking",
                  true,
                  Looser.FALSE,
                  "Each item links a ticket (URL, #N, KEY-123) or carries a due date."))
          .fix(
              "Write each action item as '- [ ] Add alerting when errors exceed 1% — @team-sre,"
                  + " OPS-123, due 2026-04-01' (or a table with Owner, Ticket and Due columns).")
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx) {
    boolean owner = ctx.options().bool("requireOwner");
    boolean tracking = ctx.options().bool("requireTracking");
    for (PostmortemDoc report : ctx.signal(PostmortemSignal.SIGNAL).reports()) {
      if (report.actionItemsLine().isEmpty()) {
        ctx.report(
            Problem.inFile(
                    report.path(),
                    report.path()
                        + " has no action items section (Action items, Follow-up actions,"
                        + " Corrective actions, ...).")
                .withKey("no-section")
                .withHint(
                    "Add '## Action items' listing each follow-up with an owner and a ticket or"
                        + " due date, or 'None' with the reason no action is needed."));
        continue;
      }
      if (report.actionItemsEmpty()) {
        ctx.report(
            Problem.at(
                    report.path(),
                    report.actionItemsLine().get(),
                    report.path() + " has an action items section with nothing in it.")
                .withKey("empty")
                .withHint(
                    "List each follow-up with an owner and a ticket or due date, or write 'None'"
                        + " with the reason no action is needed."));
        continue;
      }
      for (ActionItem item : report.actionItems()) {
        List<String> missing = new ArrayList<>();
        if (owner && item.owner().isEmpty()) {
          missing.add("owner");
        }
        if (tracking && item.ticket().isEmpty() && item.due().isEmpty()) {
          missing.add("ticket or due date");
        }
        if (missing.isEmpty()) {
          continue;
        }
        ctx.report(
            Problem.at(
                    report.path(),
                    item.line(),
                    "Action item '"
                        + shorten(item.text())
                        + "' has no "
                        + String.join(" and no ", missing)
                            .replace("no an ", "no ")
                            .replace("no a ", "no ")
                        + ".")
                .withKey("item " + item.text())
                .withHint(
                    "Add the "
                        + String.join(" and the ", missing)
                        + " to the item, e.g. '— @team-sre, OPS-123, due 2026-04-01'."));
      }
    }
  }

  private static String shorten(String text) {
    String t = text.strip();
    return t.length() > 60 ? t.substring(0, 57) + "..." : t;
  }
}
