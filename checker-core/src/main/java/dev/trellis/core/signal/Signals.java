package dev.trellis.core.signal;

import dev.trellis.core.repo.BuildModule;
import dev.trellis.core.repo.Repo;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

/**
 * The memo of signal values for one repository point. Each signal is computed once, by the first
 * thread that asks; others wait for that result. Thread-safe by construction: one {@link
 * FutureTask} per signal.
 */
public final class Signals implements SignalContext {
  private final Repo repo;
  private final Function<String, Map<String, Object>> settings;
  private final List<BuildModule> modules;
  private final ConcurrentHashMap<Signal<?>, FutureTask<?>> values = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Long> timings = new ConcurrentHashMap<>();

  public Signals(Repo repo, Function<String, Map<String, Object>> settings) {
    this(repo, settings, List.of());
  }

  public Signals(
      Repo repo, Function<String, Map<String, Object>> settings, List<BuildModule> modules) {
    this.repo = repo;
    this.settings = settings;
    this.modules = List.copyOf(modules);
  }

  @Override
  public List<BuildModule> modules() {
    return modules;
  }

  @Override
  public Repo repo() {
    return repo;
  }

  @Override
  public Map<String, Object> settings(String section) {
    Map<String, Object> s = settings.apply(section);
    return s == null ? Map.of() : s;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <U> U signal(Signal<U> signal) {
    FutureTask<?> task = values.get(signal);
    if (task == null) {
      FutureTask<U> created =
          new FutureTask<>(
              () -> {
                long start = System.nanoTime();
                try {
                  return signal.compute(this);
                } finally {
                  timings.merge(signal.name(), System.nanoTime() - start, Long::sum);
                }
              });
      task = values.putIfAbsent(signal, created);
      if (task == null) {
        task = created;
        created.run();
      }
    }
    try {
      return (U) task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SignalException(signal.name(), e);
    } catch (ExecutionException e) {
      throw new SignalException(signal.name(), e.getCause());
    }
  }

  /**
   * Nanoseconds each signal computed so far took, by signal name. A signal that reads another
   * includes the other's time when it was the first to ask for it.
   */
  public Map<String, Long> timings() {
    return Map.copyOf(timings);
  }

  /** A signal could not be computed. The rules that need it fail; the others run on. */
  public static final class SignalException extends RuntimeException {
    private final String signalName;

    public SignalException(String name, Throwable cause) {
      super("signal '" + name + "' could not be read: " + cause, cause);
      this.signalName = name;
    }

    /** The name of the signal that failed. */
    public String signalName() {
      return signalName;
    }
  }
}
