package dev.trellis.core.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trellis.core.engine.CheckResult;
import dev.trellis.core.policy.AcceptedFindings;
import dev.trellis.core.policy.BaselineRef;
import dev.trellis.core.policy.Deviation;
import dev.trellis.core.policy.PolicyOutcome;
import dev.trellis.core.policy.Provenance;
import dev.trellis.core.policy.RuleSetting;
import java.util.Locale;

/**
 * The policy's part of the JSON report: baseline identity, where each rule setting comes from,
 * deviations, waivers and accepted findings. Documented in {@code docs/report-schema.md}; kept
 * apart from {@link JsonReport} so that the report's own layout stays small.
 */
final class PolicyJson {
  private PolicyJson() {}

  /** {@code {"file": "baseline.yml", "line": 14, "policy": "acme-baseline v3"}}. */
  static ObjectNode provenance(Provenance p) {
    ObjectNode n = JsonTrees.object();
    n.put("file", p.file());
    if (p.line() > 0) {
      n.put("line", p.line());
    }
    if (!p.policy().isEmpty()) {
      n.put("policy", p.policy());
    }
    return n;
  }

  /** Adds a baseline's latest hint, commit, pinning and the extends entry that named it. */
  static void baseline(ObjectNode n, BaselineRef b) {
    if (!b.latest().isEmpty()) {
      n.put("latest", b.latest());
    }
    b.commit().ifPresent(c -> n.put("commit", c));
    n.put("pinned", b.pinned());
    b.referencedFrom().ifPresent(p -> n.set("referencedFrom", provenance(p)));
  }

  /** Adds where the rule's level comes from, when the policy sets it. */
  static void ruleLevel(ObjectNode n, RuleSetting setting) {
    if (setting != null) {
      n.set("levelFrom", provenance(setting.levelFrom()));
    }
  }

  /** Adds where an option's value comes from, when the policy sets it. */
  static void option(ObjectNode n, RuleSetting setting, String option) {
    if (setting != null && setting.optionsFrom().containsKey(option)) {
      n.set("from", provenance(setting.optionsFrom().get(option)));
    }
  }

  /** Adds {@code deviations}, {@code waivers} and {@code accepted}. */
  static void addTo(ObjectNode root, CheckResult result) {
    PolicyOutcome outcome = result.outcome();
    ArrayNode deviations = root.putArray("deviations");
    for (Deviation d : outcome.deviations()) {
      ObjectNode n = deviations.addObject();
      n.put("rule", d.ruleId());
      n.put("setting", d.setting());
      n.put("baseline", d.baselineValue());
      n.set("baselineFrom", provenance(d.baselineFrom()));
      n.put("value", d.repoValue());
      n.set("from", provenance(d.repoFrom()));
      n.put("status", d.kind().name().toLowerCase(Locale.ROOT));
      d.reason().ifPresent(r -> n.put("reason", r));
    }
    ArrayNode waivers = root.putArray("waivers");
    for (PolicyOutcome.WaiverUse u : outcome.waivers()) {
      ObjectNode n = waivers.addObject();
      n.put("rule", u.waiver().ruleId());
      ArrayNode paths = n.putArray("paths");
      u.waiver().paths().forEach(paths::add);
      n.put("reason", u.waiver().reason());
      n.put("owner", u.waiver().owner());
      n.put("expires", u.waiver().expires().toString());
      n.set("from", provenance(u.waiver().from()));
      n.put("state", u.state());
      n.put("waived", u.waived());
    }
    ObjectNode accepted = root.putObject("accepted");
    accepted.put("file", AcceptedFindings.PATH);
    accepted.put("entries", outcome.accepted());
    ArrayNode fixed = accepted.putArray("fixed");
    for (AcceptedFindings.Entry e : outcome.fixed()) {
      fixed
          .addObject()
          .put("fingerprint", e.fingerprint())
          .put("rule", e.rule())
          .put("path", e.path());
    }
  }
}
