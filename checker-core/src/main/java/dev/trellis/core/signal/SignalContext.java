package dev.trellis.core.signal;

import dev.trellis.core.repo.BuildModule;
import dev.trellis.core.repo.Repo;
import java.util.List;
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

  /**
   * The build's modules and their source roots when the build tool handed them over (the Maven
   * plugin does); empty otherwise, and then a signal finds modules by convention.
   */
  default List<BuildModule> modules() {
    return List.of();
  }
}
