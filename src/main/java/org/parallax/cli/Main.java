package org.parallax.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.parallax.align.Aligner;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;

/** The {@code parallax} command: compare, inspect and eval. */
@Command(
    name = "parallax",
    mixinStandardHelpOptions = true,
    version = "parallax 0.1.0",
    description = "Compares how two news outlets covered the same event.")
public final class Main implements Runnable {
  /** Exit code: the comparison ran and every requested check passed. */
  public static final int OK = 0;
  /** Exit code: a requested check failed. */
  public static final int CHECK_FAILED = 1;
  /** Exit code: bad usage or unusable input. */
  public static final int USAGE = 2;
  /** Exit code: an internal error. */
  public static final int INTERNAL = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  final PrintWriter out;
  final PrintWriter err;
  final InputStream in;

  Main(PrintWriter out, PrintWriter err, InputStream in) {
    this.out = out;
    this.err = err;
    this.in = in;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing command: compare, batch, inspect or eval");
  }

  /** Set when a thread ran out of memory; the run then reports that, not what it broke on the way. */
  private static final java.util.concurrent.atomic.AtomicBoolean OUT_OF_MEMORY = new java.util.concurrent.atomic.AtomicBoolean();

  public static void main(String[] args) {
    // Kept ready before any work: when the heap is exhausted, even building the message can fail.
    byte[] reserve = new byte[256 << 10];
    outOfMemoryLine = outOfMemoryMessage().concat("\n").getBytes(StandardCharsets.UTF_8);
    try {
      mainBody(args);
    } catch (OutOfMemoryError e) {
      reserve = null; // frees room for the exit path
      lastWord();
      try {
        exit(INTERNAL);
      } catch (OutOfMemoryError again) {
        Runtime.getRuntime().halt(INTERNAL);
      }
    }
    java.lang.ref.Reference.reachabilityFence(reserve);
  }

  /** The out-of-memory line, made before any work. */
  private static volatile byte[] outOfMemoryLine;

  /** Writes the out-of-memory line straight to the standard error descriptor, allocating as little as possible. */
  private static void lastWord() {
    try {
      java.io.FileOutputStream raw = new java.io.FileOutputStream(java.io.FileDescriptor.err);
      raw.write(outOfMemoryLine);
      raw.flush();
    } catch (java.io.IOException | RuntimeException | Error ignored) {
      // nothing more can be said
    }
  }

  private static void mainBody(String[] args) {    PairJob.trace("main");
    boolean verbose = isVerbose(args);
    // Background threads (model and stage preloads) must not print stack traces of their own: their
    // failures reach the main thread when it needs their results. Out of memory is remembered, so
    // what it broke on the way (a class left uninitialized) is reported as out of memory.
    Thread.setDefaultUncaughtExceptionHandler(
        (t, e) -> {
          if (e instanceof OutOfMemoryError) {
            OUT_OF_MEMORY.set(true);
            if (t.getName().equals("main") && outOfMemoryLine != null) {
              // It escaped main's own handling (out of memory on the way out): exit 3, never 1.
              lastWord();
              Runtime.getRuntime().halt(INTERNAL);
            }
          } else if (verbose) {
            e.printStackTrace();
          }
        });
    exitOnSignals();
    Preload.forArgs(args);
    // Straight to the file descriptor, not through System.out, which hides write errors: a run whose
    // standard output fails (a closed pipe, a full disk) must not exit 0.
    PrintWriter out =
        new PrintWriter(
            new OutputStreamWriter(new java.io.FileOutputStream(java.io.FileDescriptor.out), StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(args, out, err, System.in);
    out.flush();
    if (out.checkError() || System.out.checkError()) {
      // Standard output is gone (a closed pipe, a full disk): what the run printed there is lost.
      if (code == OK) {
        err.println("parallax: cannot write to standard output");
        code = USAGE;
      }
    }
    err.flush();
    if (System.getProperty("parallax.trace") != null) {
      threadTimes(err);
    }
    exit(code);
  }

  /**
   * Exits once no thread is inside ONNX Runtime: its shutdown hook frees the native environment
   * while the model may still be loading on another thread, which crashed the JVM (exit 134).
   */
  private static void exit(int code) {
    Aligner.closeNative();
    System.exit(code);
  }

  /**
   * Handles SIGTERM, SIGINT and SIGHUP as the JVM does (exit 128 + the signal's number, shutdown
   * hooks run: partial reports removed, batch summary written), but only once no thread is inside
   * ONNX Runtime. Where a signal cannot be handled (-Xrs, another platform) the JVM's default stays.
   */
  @SuppressWarnings("sunapi")
  private static void exitOnSignals() {
    for (String name : new String[] {"TERM", "INT", "HUP"}) {
      try {
        sun.misc.Signal.handle(new sun.misc.Signal(name), s -> exit(128 + s.getNumber()));
      } catch (IllegalArgumentException | UnsupportedOperationException e) {
        // not available here: the JVM's default handling stays
      }
    }
  }

  /** Runs the command line {@code args} and returns its exit code; writes only to the given writers. */
  public static int run(String[] args, PrintWriter out, PrintWriter rawErr, InputStream in) {
    // Messages quote file names, ids and titles from the inputs: none may drive the terminal.
    PrintWriter err = Terminal.guarded(rawErr);
    try {
      return execute(args, out, err, in);
    } catch (OutOfMemoryError e) {
      return outOfMemory(err);
    } catch (StackOverflowError | RuntimeException | LinkageError e) {
      if (OUT_OF_MEMORY.get() || causedByOutOfMemory(e)) {
        return outOfMemory(err); // another thread ran out of memory first, and this broke on it
      }
      // picocli hands Exceptions to the handler below; Errors from a command arrive here.
      internalError(e, isVerbose(args), err);
      return INTERNAL;
    }
  }

  /**
   * Returns whether {@code e} comes from running out of memory: a class whose initializer ran out of
   * memory on another thread fails later with "Could not initialize class", whose cause (since JDK 16)
   * records the original error.
   */
  private static boolean causedByOutOfMemory(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError || String.valueOf(t.getMessage()).contains("java.lang.OutOfMemoryError")) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  private static int outOfMemory(PrintWriter err) {
    err.println(outOfMemoryMessage());
    err.flush();
    return INTERNAL;
  }

  private static String outOfMemoryMessage() {
    return "parallax: out of memory (maximum heap " + (Runtime.getRuntime().maxMemory() >> 20)
        + " MiB); the inputs are too large for this heap: compare smaller articles or raise it with -Xmx";
  }

  private static void internalError(Throwable ex, boolean verbose, PrintWriter err) {
    err.println("parallax: internal error: " + Terminal.line(String.valueOf(ex)) + (verbose ? "" : " (run with --verbose for details)"));
    if (verbose) {
      ex.printStackTrace(err);
    }
    err.flush();
  }

  private static int execute(String[] args, PrintWriter out, PrintWriter err, InputStream in) {
    Main main = new Main(out, err, in);
    CommandLine cl = new CommandLine(main);
    // Building a subcommand's model by reflection costs start-up time, so a run that names one
    // builds only that one; help, version and unknown commands see them all.
    boolean named = false;
    for (String sub : SUBCOMMANDS) {
      if (args.length > 0 && args[0].equals(sub)) {
        cl.addSubcommand(subcommand(sub));
        named = true;
      }
    }
    if (!named) {
      for (String sub : SUBCOMMANDS) {
        cl.addSubcommand(subcommand(sub));
      }
      cl.addSubcommand("help", new CommandLine.HelpCommand());
    }
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          String dashed = dashedFile(ex.getCommandLine(), a);
          err.println("parallax: " + Terminal.line(dashed == null ? ex.getMessage()
              : dashed + ": a file name that starts with '-' reads as an option; write ./" + dashed
                  + ", or put -- before the file names"));
          if (dashed == null
              && ex instanceof CommandLine.UnmatchedArgumentException u
              && !u.getSuggestions().isEmpty()) {
            err.println("Did you mean: " + String.join(" or ", u.getSuggestions()) + "?");
          }
          err.println("Try 'parallax " + commandPath(ex.getCommandLine()) + "--help' for usage.");
          err.flush();
          return USAGE;
        });
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          boolean verbose = isVerbose(args);
          if (ex instanceof UserError) {
            err.println("parallax: " + Terminal.line(ex.getMessage()));
            if (verbose && ex.getCause() != null) {
              ex.getCause().printStackTrace(err);
            }
            err.flush();
            return USAGE;
          }
          internalError(ex, verbose, err);
          return INTERNAL;
        });
    PairJob.trace("command line built");
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** Returns the first argument that starts with '-', is no option of {@code cl} and names a file, or null. */
  static String dashedFile(CommandLine cl, String[] args) {
    for (String arg : args) {
      if (arg.equals("--")) {
        return null;
      }
      if (arg.length() > 1 && arg.startsWith("-") && !arg.contains("=")
          && cl.getCommandSpec().findOption(arg) == null) {
        try {
          if (java.nio.file.Files.exists(java.nio.file.Path.of(arg))) {
            return arg;
          }
        } catch (java.nio.file.InvalidPathException e) {
          // not a path
        }
      }
    }
    return null;
  }

  /** Prints the CPU time of every thread of this process, JVM threads included, from /proc (Linux only). */
  static void threadTimes(PrintWriter err) {
    java.nio.file.Path tasks = java.nio.file.Path.of("/proc/self/task");
    java.util.Map<String, long[]> byName = new java.util.TreeMap<>();
    try (var dirs = java.nio.file.Files.list(tasks)) {
      for (java.nio.file.Path t : dirs.toList()) {
        try {
          String stat = java.nio.file.Files.readString(t.resolve("stat"), StandardCharsets.UTF_8);
          String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
          String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
          String key = name.replaceAll("[0-9]+$", "#");
          long[] v = byName.computeIfAbsent(key, k -> new long[2]);
          v[0] += ticks;
          v[1]++;
        } catch (java.io.IOException | RuntimeException e) {
          // a thread that ended meanwhile
        }
      }
    } catch (java.io.IOException e) {
      return;
    }
    byName.entrySet().stream()
        .sorted((x, y) -> Long.compare(y.getValue()[0], x.getValue()[0]))
        .forEach(
            e ->
                err.printf(
                    java.util.Locale.ROOT,
                    "parallax-trace cpu %6d ms %3d thread(s) %s%n",
                    e.getValue()[0] * 10,
                    e.getValue()[1],
                    e.getKey()));
    err.flush();
  }

  /** Subcommand names, in the order help lists them. */
  private static final String[] SUBCOMMANDS = {"compare", "batch", "inspect", "eval"};

  private static Object subcommand(String name) {
    return switch (name) {
      case "compare" -> new CompareCommand();
      case "batch" -> new BatchCommand();
      case "inspect" -> new InspectCommand();
      default -> new EvalCommand();
    };
  }

  private static String commandPath(CommandLine cl) {
    StringBuilder sb = new StringBuilder();
    for (CommandLine c = cl; c != null && c.getParent() != null; c = c.getParent()) {
      sb.insert(0, c.getCommandName() + " ");
    }
    return sb.toString();
  }

  private static boolean isVerbose(String[] args) {
    for (String a : args) {
      if (a.equals("--verbose") || a.equals("-v")) {
        return true;
      }
    }
    return false;
  }
}
