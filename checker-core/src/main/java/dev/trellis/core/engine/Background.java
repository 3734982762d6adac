package dev.trellis.core.engine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One piece of work on its own daemon thread, joined later: the thread inherits the caller's
 * context class loader (a Maven plugin realm), which a shared pool's threads would not.
 */
final class Background<T> {
  private final CompletableFuture<T> future = new CompletableFuture<>();
  private final String name;
  private volatile long nanos;

  private Background(String name) {
    this.name = name;
  }

  static <T> Background<T> start(String name, Supplier<T> work) {
    Background<T> b = new Background<>(name);
    Thread t =
        new Thread(
            () -> {
              long start = System.nanoTime();
              try {
                T value = work.get();
                b.nanos = System.nanoTime() - start;
                b.future.complete(value);
              } catch (Throwable e) {
                b.nanos = System.nanoTime() - start;
                b.future.completeExceptionally(e);
              }
            },
            name);
    t.setDaemon(true);
    t.start();
    return b;
  }

  /** The result; what the work threw is rethrown as it was (unchecked) or wrapped. */
  T join() {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + name, e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** Whether the work has finished (either way). */
  boolean isDone() {
    return future.isDone();
  }

  /** How long the work took, once it is done. */
  long nanos() {
    return nanos;
  }

  /** When the caller gives up on the result: releases it once the work is done. */
  void closeWhenDone(Consumer<T> close) {
    future.thenAccept(close);
  }
}
