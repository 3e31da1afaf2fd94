package org.parallax.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes a set of report files all or nothing: each goes to a temporary file first, and only when
 * every one is written are they moved in place. On failure the temporary files, and the folders
 * this call created, are removed; on SIGTERM or Ctrl-C a shutdown hook removes the temporary files
 * of every write in progress, and a write whose files are being moved in place finishes first.
 */
final class ReportWriter {
  private static final AtomicLong COUNTER = new AtomicLong();
  /** Temporary files not yet moved in place or removed, for the shutdown hook. */
  private static final Set<Path> TEMPS = ConcurrentHashMap.newKeySet();
  /** Work to do when the process is interrupted before it finished (batch writes its summary). */
  private static final List<Runnable> ON_INTERRUPT = new CopyOnWriteArrayList<>();
  /** Held while files are moved in place, and by the shutdown hook, so a set is moved whole or not at all. */
  private static final Object COMMIT = new Object();
  private static volatile boolean exiting;

  static {
    try {
      Runtime.getRuntime().addShutdownHook(new Thread(ReportWriter::shutdown, "parallax-report-cleanup"));
    } catch (IllegalStateException e) {
      exiting = true; // first used while the JVM exits: write nothing
    }
  }

  private ReportWriter() {}

  /**
   * Refuses targets that cannot be written whole before any work is done: a target that is a
   * folder, or that is one of the {@code inputs} (paths as typed; '-' and URLs are skipped).
   */
  static void check(Collection<Path> targets, Collection<String> inputs, String what) throws UserError {
    for (Path target : targets) {
      if (Files.isDirectory(target)) {
        throw new UserError(what + ": " + target + " is a folder, not a file");
      }
      if (!Files.exists(target)) {
        continue;
      }
      for (String input : inputs) {
        if (input == null || input.equals("-") || input.contains("://")) {
          continue;
        }
        try {
          if (Files.isSameFile(target, Path.of(input))) {
            throw new UserError(
                what + ": " + target + " is the input " + input + "; refusing to overwrite it");
          }
        } catch (IOException | RuntimeException e) {
          // an input that cannot be reached is not the target; reading it reports the problem
        }
      }
    }
  }

  /** Writes every file of {@code contents}; on failure removes what it wrote and rethrows. */
  static List<Path> writeAll(Map<Path, String> contents) throws IOException {
    Map<Path, Path> temps = new LinkedHashMap<>();
    Deque<Path> createdDirs = new ArrayDeque<>();
    boolean done = false;
    try {
      for (Map.Entry<Path, String> e : contents.entrySet()) {
        Path target = e.getKey().toAbsolutePath();
        if (Files.isDirectory(target)) {
          throw new FileAlreadyExistsException(target.toString(), null, "is a folder, not a file");
        }
        createDirectories(target.getParent(), createdDirs);
        // Not Files.createTempFile: its files are private (0600); reports take the usual umask.
        Path temp =
            target.resolveSibling(
                "." + target.getFileName() + "." + ProcessHandle.current().pid() + "-"
                    + COUNTER.incrementAndGet() + ".tmp");
        temps.put(target, temp);
        TEMPS.add(temp);
        Files.writeString(temp, e.getValue(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        if (exiting) {
          // the shutdown hook may have swept the temporary files before this one existed
          throw new IOException("interrupted: the process is exiting");
        }
      }
      List<Path> written = new ArrayList<>();
      synchronized (COMMIT) {
        if (exiting) {
          throw new IOException("interrupted: the process is exiting");
        }
        for (Map.Entry<Path, Path> e : temps.entrySet()) {
          move(e.getValue(), e.getKey());
          TEMPS.remove(e.getValue());
          written.add(e.getKey());
        }
      }
      done = true;
      return written;
    } finally {
      for (Path temp : temps.values()) {
        Files.deleteIfExists(temp);
        TEMPS.remove(temp);
      }
      if (!done) {
        // Remove the folders this call made, deepest first, when they are still empty.
        for (Path dir : createdDirs) {
          try {
            Files.deleteIfExists(dir);
          } catch (IOException e) {
            // not empty (another writer put files there) or gone: leave it
          }
        }
      }
    }
  }

  /** Creates {@code dir} and its missing parents, recording each folder made (deepest first). */
  private static void createDirectories(Path dir, Deque<Path> created) throws IOException {
    if (dir == null || Files.isDirectory(dir)) {
      return;
    }
    Path abs = dir.toAbsolutePath();
    Deque<Path> missing = new ArrayDeque<>();
    Path p0 = abs;
    for (; p0 != null && !Files.exists(p0); p0 = p0.getParent()) {
      missing.push(p0);
    }
    if (p0 != null && !Files.isDirectory(p0)) {
      throw new FileAlreadyExistsException(p0.toString()); // a file where a folder must be
    }
    while (!missing.isEmpty()) {
      Path p = missing.pop();
      try {
        Files.createDirectory(p);
        created.push(p);
      } catch (FileAlreadyExistsException e) {
        if (!Files.isDirectory(p)) {
          throw e;
        }
      }
    }
  }

  /** Registers work to run when the process is interrupted; returns it for {@link #forget}. */
  static Runnable onInterrupt(Runnable r) {
    ON_INTERRUPT.add(r);
    return r;
  }

  /** Forgets work registered with {@link #onInterrupt}. */
  static void forget(Runnable r) {
    ON_INTERRUPT.remove(r);
  }

  private static void shutdown() {
    for (Runnable r : ON_INTERRUPT) {
      try {
        r.run();
      } catch (RuntimeException e) {
        // the process is exiting; nothing more can be done
      }
    }
    synchronized (COMMIT) {
      exiting = true;
    }
    for (Path temp : TEMPS) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException e) {
        // gone already or not ours to remove
      }
    }
  }

  /** Returns a one-line account of why writing failed, naming the path in the way. */
  static String describe(IOException e) {
    String path = e instanceof FileSystemException f && f.getFile() != null ? f.getFile() : e.getMessage();
    if (e instanceof FileAlreadyExistsException f && "is a folder, not a file".equals(f.getReason())) {
      return path + " is a folder, not a file";
    }
    if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
      return path + " is a file, not a folder";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied: " + path;
    }
    if (e instanceof NoSuchFileException) {
      return "no such folder: " + path;
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
