package dev.trellis.core.signal;

import java.util.Objects;

/**
 * A fact read from a repository (the parsed CODEOWNERS, the ADR log, the review history), computed
 * at most once per repository point, lazily, and shared by every rule that asks for it. Signals are
 * identified by instance: declare each as a {@code static final} constant.
 *
 * <p>Example: {@code public static final Signal<Codeowners> SIGNAL = Signal.of("codeowners",
 * CodeownersReader::read);}
 *
 * <p>A signal's value must be immutable. Bad input is part of the value ("what was understood + the
 * problems found"), never an exception.
 */
public interface Signal<T> {

  /** A short name, for timings and error messages. */
  String name();

  /** Computes the value. Called at most once per repository point. */
  T compute(SignalContext ctx) throws Exception;

  /** A signal from a name and a function. */
  static <T> Signal<T> of(String name, Computation<T> computation) {
    Objects.requireNonNull(name);
    Objects.requireNonNull(computation);
    return new Signal<>() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public T compute(SignalContext ctx) throws Exception {
        return computation.compute(ctx);
      }

      @Override
      public String toString() {
        return "signal " + name;
      }
    };
  }

  /** The body of a signal. */
  @FunctionalInterface
  interface Computation<T> {
    T compute(SignalContext ctx) throws Exception;
  }
}
