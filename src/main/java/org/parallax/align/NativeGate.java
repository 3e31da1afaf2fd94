package org.parallax.align;

import java.util.concurrent.Callable;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Keeps the JVM from exiting while a thread is inside ONNX Runtime.
 *
 * <p>{@code System.exit} (and SIGTERM) runs the C library's exit handlers, which tear down ONNX
 * Runtime's globals while daemon threads may still be creating a session or running the model in
 * it: the process then dies in {@code libonnxruntime.so} with exit 134 and a crash report. Every
 * call into ONNX Runtime (loading its library, creating the environment and the session, running
 * the model) and every write into the model cache goes through {@link #call}, which holds a shared
 * lock for its duration. {@link #close} takes the lock exclusively, so it returns only after the
 * calls in flight have returned, and calls that have not started yet fail instead of starting.
 *
 * <p>ONNX Runtime's Java binding registers a shutdown hook that releases the native environment; the
 * JVM runs hooks concurrently, so a session still being created on another thread then crashes the
 * process (SIGSEGV, exit 134). The CLI therefore closes the gate before it calls {@code System.exit}
 * and before it exits on SIGTERM, SIGINT or SIGHUP. The hook registered here closes it too, for any
 * other exit: it narrows the window but cannot order itself before ONNX Runtime's hook.
 */
final class NativeGate {
  private static final ReentrantReadWriteLock LOCK = new ReentrantReadWriteLock();
  private static volatile boolean closed;
  private static boolean hooked;

  private NativeGate() {}

  /** Registers the shutdown hook that closes the gate; returns false when the JVM is already exiting. */
  static synchronized boolean open() {
    if (closed) {
      return false;
    }
    if (!hooked) {
      try {
        Runtime.getRuntime().addShutdownHook(new Thread(NativeGate::close, "parallax-native-gate"));
        hooked = true;
      } catch (IllegalStateException e) {
        // the JVM is shutting down: no native work may start now
        closed = true;
        return false;
      }
    }
    return true;
  }

  /** Runs {@code work} unless the JVM is exiting, keeping the JVM from exiting until it returns. */
  static <T> T call(Callable<T> work) throws Exception {
    LOCK.readLock().lock();
    try {
      if (closed || !open()) {
        throw new IllegalStateException("the JVM is exiting");
      }
      return work.call();
    } finally {
      LOCK.readLock().unlock();
    }
  }

  /**
   * Closes the gate: waits for the native calls in flight, after which none can start. Call it
   * before {@code System.exit}: ONNX Runtime's own shutdown hook releases its environment at exit,
   * concurrently with every other hook, so waiting in a hook of ours would be too late. Closing
   * again returns at once.
   */
  static void close() {
    synchronized (NativeGate.class) {
      if (closed) {
        return;
      }
      closed = true;
    }
    LOCK.writeLock().lock();
  }

  /** Returns whether the gate is closed (the JVM is exiting). */
  static boolean isClosed() {
    return closed;
  }
}
