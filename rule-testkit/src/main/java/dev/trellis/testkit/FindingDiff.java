package dev.trellis.testkit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Matches expected against reported findings, one to one: an expectation that quotes a fragment is
 * matched first, so that a bare expectation cannot take the finding a specific one needs.
 *
 * @param missing expectations no finding met
 * @param unexpected findings no expectation asked for
 * @param reported every finding, in report order
 */
record FindingDiff(
    List<Expectation> missing, List<FindingLine> unexpected, List<FindingLine> reported) {

  static FindingDiff of(List<Expectation> expected, List<FindingLine> reported) {
    List<FindingLine> left = new ArrayList<>(reported);
    List<Expectation> missing = new ArrayList<>();
    List<Expectation> ordered = new ArrayList<>(expected);
    ordered.sort(Comparator.comparing(e -> e.fragment().isEmpty()));
    for (Expectation e : ordered) {
      FindingLine hit = left.stream().filter(e::matches).findFirst().orElse(null);
      if (hit == null) {
        missing.add(e);
      } else {
        left.remove(hit);
      }
    }
    missing.sort(
        Comparator.comparing(Expectation::path)
            .thenComparingInt(Expectation::line)
            .thenComparing(Expectation::ruleId));
    return new FindingDiff(List.copyOf(missing), List.copyOf(left), List.copyOf(reported));
  }

  boolean clean() {
    return missing.isEmpty() && unexpected.isEmpty();
  }

  /** The readable diff a failing fixture prints. */
  String render(String title) {
    StringBuilder out = new StringBuilder();
    out.append(title)
        .append(": ")
        .append(missing.size())
        .append(" missing, ")
        .append(unexpected.size())
        .append(" unexpected finding(s)\n");
    if (!missing.isEmpty()) {
      out.append("missing (expected, not reported):\n");
      for (Expectation e : missing) {
        out.append("  - ").append(e.describe()).append("   [expected at ").append(e.source());
        out.append("]\n");
        for (FindingLine f : unexpected) {
          if (f.path().equals(e.path()) && f.line() == e.line() && f.ruleId().equals(e.ruleId())) {
            out.append("      that place got: ").append(f.message()).append('\n');
          }
        }
      }
    }
    if (!unexpected.isEmpty()) {
      out.append("unexpected (reported, not expected):\n");
      for (FindingLine f : unexpected) {
        out.append("  + ").append(f.describe()).append('\n');
      }
    }
    out.append("reported:");
    if (reported.isEmpty()) {
      out.append(" nothing\n");
    } else {
      out.append('\n');
      for (FindingLine f : reported) {
        out.append("    ").append(f.describe()).append('\n');
      }
    }
    return out.toString();
  }
}
