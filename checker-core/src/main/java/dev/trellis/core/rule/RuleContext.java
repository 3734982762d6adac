package dev.trellis.core.rule;

import dev.trellis.core.repo.Repo;
import dev.trellis.core.signal.Signal;
import java.time.LocalDate;
import java.util.List;

/** What a rule sees: the repository at one point, its signals, its options, and where to report. */
public interface RuleContext {

  /** The repository at the point being checked. */
  Repo repo();

  /** A signal's value, computed once per repository point and shared by every rule. */
  <T> T signal(Signal<T> signal);

  /** This rule's validated options, defaults filled in. */
  Options options();

  /** The teams the policy says may own code ({@code teams:}), possibly empty. */
  List<String> teams();

  /** Today, as the run sees it (injectable for tests). */
  LocalDate today();

  /** Reports one problem. Thread-safe. */
  void report(Problem problem);
}
