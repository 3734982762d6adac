package dev.trellis.rules.adr;

import dev.trellis.core.rule.Level;
import dev.trellis.core.rule.OptionSpec;
import dev.trellis.core.rule.OptionSpec.Looser;
import dev.trellis.core.rule.Problem;
import dev.trellis.core.rule.Rule;
import dev.trellis.core.rule.RuleContext;
import dev.trellis.core.rule.RuleInfo;
import dev.trellis.core.signal.adr.AdrLog;
import dev.trellis.core.signal.adr.AdrName;
import dev.trellis.core.signal.adr.AdrRecord;
import dev.trellis.core.signal.adr.AdrSignal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code adr/naming}: the records of a log follow one naming scheme, numbers are unique, the title
 * repeats the file's number, and numbers have no gaps unless allowed.
 */
public final class NamingRule implements Rule {
  private static final RuleInfo INFO =
      RuleInfo.builder("adr/naming")
          .title("Decision records follow one naming scheme, with unique numbers and no gaps")
          .rationale(
              "Records are cited by number ('see ADR 12'): a reused number makes the citation"
                  + " ambiguous, and a missing one usually means a record was deleted instead of"
                  + " superseded.")
          .defaultLevel(Level.WARN)
          .option(
              OptionSpec.string(
                  "scheme",
                  "auto",
                  Looser.NEITHER,
                  "The file-name pattern records must follow, such as 'NNNN-slug.md' or"
                      + " 'adr-NNN-slug.md'; 'auto' takes the pattern most records of the log use."))
          .option(
              OptionSpec.bool(
                  "allowGaps", false, Looser.TRUE, "Whether record numbers may skip values."))
          .option(
              OptionSpec.bool(
                  "allowAmbiguous",
                  false,
                  Looser.TRUE,
                  "Whether names like 'ADR-2025-011-x.md', where a year could be read as a date,"
                      + " are accepted."))
          .fix(
              "Rename the file to the log's pattern with the next free number; never renumber"
                  + " records others already cite.")
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  /** The parts of a name that must agree within a log. */
  private record Shape(
      AdrName.Scheme scheme, String prefix, String separator, String extension, int pad) {}

  private static Shape shape(AdrName n) {
    return new Shape(
        n.scheme(), n.prefix(), n.separator(), n.extension(), n.padded() ? n.width() : -1);
  }

  private static boolean fits(AdrName n, Shape dominant) {
    Shape s = shape(n);
    if (s.scheme() != dominant.scheme()
        || !s.prefix().equals(dominant.prefix())
        || !s.extension().equals(dominant.extension())) {
      return false;
    }
    if (!n.slug().isEmpty() && !s.separator().equals(dominant.separator())) {
      return false;
    }
    if (dominant.pad() < 0) {
      return s.pad() < 0;
    }
    return n.width() == dominant.pad() || (!n.padded() && n.width() >= dominant.pad());
  }

  @Override
  public void check(RuleContext ctx) {
    String scheme = ctx.options().string("scheme");
    boolean allowGaps = ctx.options().bool("allowGaps");
    boolean allowAmbiguous = ctx.options().bool("allowAmbiguous");
    for (AdrLog log : ctx.signal(AdrSignal.SIGNAL).logs()) {
      List<AdrRecord> records = log.records();
      if (records.isEmpty()) {
        continue;
      }
      checkScheme(ctx, log, scheme);
      if (!allowAmbiguous) {
        records.stream()
            .filter(r -> r.name().ambiguous())
            .findFirst()
            .ifPresent(
                r ->
                    ctx.report(
                        Problem.inFile(
                                r.path(),
                                "The name '"
                                    + r.name().fileName()
                                    + "' is ambiguous: '"
                                    + r.name()
                                        .fileName()
                                        .substring(
                                            r.name().prefix().length(),
                                            r.name().prefix().length() + 4)
                                    + "' may be a year or part of a date, so its record number cannot"
                                    + " be told for sure. Use 'ADR-YYYY-MM-DD-NNN-slug' or a plain"
                                    + " sequence number, or set allowAmbiguous.")
                            .withKey(log.directory() + ":ambiguous")));
      }
      for (List<AdrRecord> group : sequences(log)) {
        checkNumbers(ctx, log, group, allowGaps);
      }
    }
  }

  private void checkScheme(RuleContext ctx, AdrLog log, String scheme) {
    Map<Shape, Integer> counts = new LinkedHashMap<>();
    Map<Shape, String> patterns = new LinkedHashMap<>();
    for (AdrRecord r : log.records()) {
      Shape s = shape(r.name());
      counts.merge(s, 1, Integer::sum);
      patterns.putIfAbsent(s, r.name().pattern());
    }
    // a shape's support is every record that fits it: 'adr-100' fits a log padded to three
    // digits as well as an unpadded one, so a log that counted past 099 keeps its padded shape
    Shape dominant = null;
    int best = -1;
    for (Shape candidate : counts.keySet()) {
      int support = 0;
      for (AdrRecord r : log.records()) {
        if (fits(r.name(), candidate)) {
          support++;
        }
      }
      if (support > best) {
        dominant = candidate;
        best = support;
      }
    }
    boolean fixed = !scheme.isBlank() && !scheme.equals("auto");
    String wanted = fixed ? scheme : patterns.get(dominant);
    int following = 0;
    for (AdrRecord r : log.records()) {
      if (fixed ? matchesPattern(r.name(), scheme) : fits(r.name(), dominant)) {
        following++;
      }
    }
    for (AdrRecord r : log.records()) {
      boolean ok = fixed ? matchesPattern(r.name(), scheme) : fits(r.name(), dominant);
      if (ok) {
        continue;
      }
      String why =
          fixed
              ? "the policy asks for '" + scheme + "'"
              : following + " of " + Adr.count(log.records().size(), "record") + " use it";
      String suggestion = suggest(r, fixed ? null : dominant);
      ctx.report(
          Problem.inFile(
                  r.path(),
                  "The file name '"
                      + r.name().fileName()
                      + "' does not follow the log's naming scheme '"
                      + wanted
                      + "' ("
                      + why
                      + ")."
                      + (suggestion.isEmpty() ? "" : " Rename it to '" + suggestion + "'."))
              .withKey(r.path() + ":scheme"));
    }
  }

  private static boolean matchesPattern(AdrName n, String pattern) {
    return n.pattern().equals(pattern)
        || (!n.padded() && n.shape().equals(pattern.replaceAll("N+", "N")));
  }

  private static String suggest(AdrRecord r, Shape dominant) {
    if (dominant == null || r.number().isEmpty()) {
      return "";
    }
    if (dominant.scheme() != AdrName.Scheme.NUMBER
        && dominant.scheme() != AdrName.Scheme.PREFIXED_NUMBER) {
      return "";
    }
    String digits =
        dominant.pad() > 0
            ? String.format("%0" + dominant.pad() + "d", r.number().get())
            : String.valueOf(r.number().get());
    String slug = r.name().slug().isEmpty() ? "" : dominant.separator() + r.name().slug();
    return dominant.prefix() + digits + slug + dominant.extension();
  }

  /**
   * The record sequences of a log: the whole log, unless its sub-folders (MADR categories) reuse
   * each other's numbers, in which case each folder numbers its own records.
   */
  private static List<List<AdrRecord>> sequences(AdrLog log) {
    Map<String, List<AdrRecord>> byFolder = new TreeMap<>();
    for (AdrRecord r : log.records()) {
      String folder = r.path().substring(0, r.path().lastIndexOf('/') + 1);
      byFolder.computeIfAbsent(folder, k -> new ArrayList<>()).add(r);
    }
    if (byFolder.size() > 1) {
      Map<Integer, String> owner = new java.util.HashMap<>();
      for (Map.Entry<String, List<AdrRecord>> e : byFolder.entrySet()) {
        for (AdrRecord r : e.getValue()) {
          if (r.number().isPresent() && r.name().date().isEmpty()) {
            String previous = owner.putIfAbsent(r.number().get(), e.getKey());
            if (previous != null && !previous.equals(e.getKey())) {
              return List.copyOf(byFolder.values());
            }
          }
        }
      }
    }
    return List.of(log.records());
  }

  private void checkNumbers(
      RuleContext ctx, AdrLog log, List<AdrRecord> records, boolean allowGaps) {
    TreeMap<String, List<AdrRecord>> byKey = new TreeMap<>();
    TreeMap<Integer, AdrRecord> plain = new TreeMap<>();
    for (AdrRecord r : records) {
      AdrName n = r.name();
      if (n.number().isEmpty() || n.ambiguous()) {
        continue;
      }
      String key = n.date().map(d -> d + "/").orElse("") + n.number().get();
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
      if (n.date().isEmpty()) {
        plain.putIfAbsent(n.number().get(), r);
      }
      Optional<Integer> titled = r.titleNumber();
      if (titled.isPresent() && !titled.get().equals(n.number().get())) {
        ctx.report(
            Problem.at(
                    r.path(),
                    r.titleLine(),
                    "The title says "
                        + titled.get()
                        + " but the file name says "
                        + n.number().get()
                        + ". Make them agree (the file name is what links and indexes use).")
                .withKey(r.path() + ":title-number"));
      }
    }
    int maxNumber = plain.isEmpty() ? 0 : plain.lastKey();
    String where =
        records.size() == log.records().size() || records.isEmpty()
            ? log.directory()
            : records.get(0).path().substring(0, records.get(0).path().lastIndexOf('/'));
    for (List<AdrRecord> same : byKey.values()) {
      if (same.size() < 2) {
        continue;
      }
      List<AdrRecord> sorted =
          same.stream().sorted((a, b) -> a.path().compareTo(b.path())).toList();
      AdrRecord first = sorted.get(0);
      for (AdrRecord dup : sorted.subList(1, sorted.size())) {
        ctx.report(
            Problem.inFile(
                    dup.path(),
                    "Number "
                        + dup.number().get()
                        + " is also used by "
                        + first.path()
                        + ": two records cannot share a number."
                        + (dup.name().date().isEmpty()
                            ? " Give this one the next free number, " + (maxNumber + 1) + "."
                            : ""))
                .withKey(dup.path() + ":duplicate"));
      }
    }
    if (allowGaps || plain.size() < 2) {
      return;
    }
    Integer previous = null;
    for (Map.Entry<Integer, AdrRecord> e : plain.entrySet()) {
      if (previous != null && e.getKey() > previous + 1) {
        int from = previous + 1;
        int to = e.getKey() - 1;
        String missing =
            from == to ? "Number " + from + " is" : "Numbers " + from + " to " + to + " are";
        ctx.report(
            Problem.inFile(
                    e.getValue().path(),
                    missing
                        + " missing before this record in "
                        + where
                        + ". Numbers are never reused, so a gap usually means a record was deleted"
                        + " or renamed: restore it (marked superseded or rejected), or set allowGaps.")
                .withKey(where + ":gap:" + from));
      }
      previous = e.getKey();
    }
  }
}
