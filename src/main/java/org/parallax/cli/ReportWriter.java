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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Writes a set of report files all or nothing: each goes to a temporary file first, then is moved in place. */
final class ReportWriter {
  private static final AtomicLong COUNTER = new AtomicLong();

  private ReportWriter() {}

  /** Writes every file of {@code contents}; on failure removes what it wrote and rethrows. */
  static List<Path> writeAll(Map<Path, String> contents) throws IOException {
    Map<Path, Path> temps = new LinkedHashMap<>();
    try {
      for (Map.Entry<Path, String> e : contents.entrySet()) {
        Path target = e.getKey().toAbsolutePath();
        Files.createDirectories(target.getParent());
        // Not Files.createTempFile: its files are private (0600); reports take the usual umask.
        Path temp =
            target.resolveSibling(
                "." + target.getFileName() + "." + ProcessHandle.current().pid() + "-"
                    + COUNTER.incrementAndGet() + ".tmp");
        temps.put(target, temp);
        Files.writeString(temp, e.getValue(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      }
      List<Path> written = new ArrayList<>();
      for (Map.Entry<Path, Path> e : temps.entrySet()) {
        move(e.getValue(), e.getKey());
        written.add(e.getKey());
      }
      return written;
    } finally {
      for (Path temp : temps.values()) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /** Returns a one-line account of why writing failed, naming the path in the way. */
  static String describe(IOException e) {
    String path = e instanceof FileSystemException f && f.getFile() != null ? f.getFile() : e.getMessage();
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
