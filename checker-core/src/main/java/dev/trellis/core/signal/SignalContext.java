package dev.trellis.core.signal;

import dev.trellis.core.repo.Repo;
import java.util.Map;

/** What a signal may read: the repository, other signals, and its section of the policy. */
public interface SignalContext {

  Repo repo();

  /** Another signal's value (memoised). Signals must not depend on each other in a cycle. */
  <U> U signal(Signal<U> other);

  /**
   * A top-level section of the effective policy that configures a signal, for example {@code
   * codeowners: { dialect: gitlab }} or {@code adr: { path: docs/decisions }}. Empty when absent.
   */
  Map<String, Object> settings(String section);
}
