package org.parallax.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parallax.ingest.Document;
import org.parallax.ingest.Format;
import org.parallax.ingest.IngestException;
import org.parallax.ingest.Ingestor;

/**
 * Benchmarks Parallax and prints a Markdown table: the seed pair as a CLI process (JVM start
 * included), each stage's share in a fresh JVM, batch throughput on BASIL pairs, scaling with
 * article length and peak memory.
 *
 * <p>Run from the repository root with {@code bench/run [--runs N] [--basil DIR] [--only PARTS]}.
 */
public final class Bench {
  private static final String SEED_A = "samples/lavrov-north-korea/aggregator.txt";
  private static final String SEED_B = "samples/lavrov-north-korea/globalresearch-rt.md";

  private final int runs;
  private final Path basil;
  private final Path work;
  private final StringBuilder md = new StringBuilder();
  /** Repository root of the baseline build (its {@code parallax} launcher and jar), or null. */
  private Path baseline;
  /** The JDK this build's launcher is told to use (PARALLAX_JAVA), or null to let it choose. */
  private String java;

  private Bench(int runs, Path basil, Path work) {
    this.runs = runs;
    this.basil = basil;
    this.work = work;
  }

  /** Runs the parts named by {@code --only} (default seed,stages,batch,scaling) and prints the table. */
  public static void main(String[] args) throws Exception {
    int runs = 7;
    Path baselineDir = null;
    String java = null;
    Path basil = Path.of("/work/shared/datasets/basil-dev");
    List<String> only = List.of("seed", "stages", "batch", "scaling");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--basil" -> basil = Path.of(args[++i]);
        case "--only" -> only = Arrays.asList(args[++i].split(","));
        case "--baseline" -> baselineDir = Path.of(args[++i]).toAbsolutePath();
        case "--java" -> java = args[++i];
        default -> {
          System.err.println("usage: bench/run [--runs N] [--basil DIR] [--only seed,stages,batch,scaling,versus,versus210] [--baseline DIR] [--java PATH]");
          System.exit(2);
        }
      }
    }
    Path work = Files.createTempDirectory("parallax-bench");
    Bench b = new Bench(runs, basil, work);
    b.baseline = baselineDir;
    b.java = java;
    if ((only.contains("versus") || only.contains("versus210")) && baselineDir == null) {
      System.err.println("bench: versus needs --baseline DIR (a checkout of the baseline commit, built)");
      System.exit(2);
    }
    if (only.contains("versus") || only.contains("versus210")) {
      b.versus(only.contains("versus"), only.contains("versus210"));
      System.out.print(b.md);
      System.out.flush();
      return;
    }
    b.md.append("| measurement | median | min | max | note |\n|---|---|---|---|---|\n");
    if (only.contains("seed")) {
      b.seed();
    }
    if (only.contains("stages")) {
      b.stages();
    }
    boolean haveBasil = Files.isDirectory(basil.resolve("articles"));
    if (!haveBasil && (only.contains("batch") || only.contains("scaling"))) {
      System.err.println("bench: no BASIL data at " + basil + "; skipping batch and scaling");
    }
    if (haveBasil && only.contains("batch")) {
      b.batch();
    }
    if (haveBasil && only.contains("scaling")) {
      b.scaling();
    }
    System.out.print(b.md);
    System.out.flush();
  }

  /** Times {@code ./parallax compare} on the seed pair, one warm-up run (it may build the CDS archive) then {@code runs} runs. */
  private void seed() throws IOException, InterruptedException {
    for (boolean semantic : new boolean[] {true, false}) {
      List<String> cmd = new ArrayList<>(List.of("./parallax", "compare", SEED_A, SEED_B, "-o", work.resolve("seed").toString()));
      if (!semantic) {
        cmd.add("--no-semantic");
      }
      Child.run(cmd);
      double[] wall = new double[runs];
      double[] peak = new double[runs];
      for (int i = 0; i < runs; i++) {
        Child.Result r = Child.run(cmd);
        r.check();
        wall[i] = r.seconds();
        peak[i] = r.peakKb() / 1024.0;
      }
      row("seed pair, `parallax compare`" + (semantic ? "" : " --no-semantic") + ", wall s", wall, "%.2f", runs + " runs, JVM start included");
      row("seed pair" + (semantic ? "" : " --no-semantic") + ", peak RSS MB", peak, "%.0f", "VmHWM of the process");
    }
  }

  /** Times each stage in fresh JVMs started like the launcher starts compare. */
  private void stages() throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("java", "-Dparallax.cache=target/cache", "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-XX:TieredStopAtLevel=1"));
    if (Files.exists(Path.of("target/parallax.jsa"))) {
      cmd.add("-XX:SharedArchiveFile=target/parallax.jsa");
    }
    cmd.addAll(List.of("-cp", "target/parallax.jar", Stages.class.getName(), SEED_A, SEED_B));
    Map<String, double[]> times = new LinkedHashMap<>();
    for (int i = 0; i < runs; i++) {
      Child.Result r = Child.run(cmd);
      r.check();
      for (String kv : r.stdout().strip().split(" ")) {
        String[] p = kv.split("=");
        times.computeIfAbsent(p[0], k -> new double[runs])[i] = Double.parseDouble(p[1]);
      }
    }
    double total = 0;
    for (double[] v : times.values()) {
      total += median(v);
    }
    for (Map.Entry<String, double[]> e : times.entrySet()) {
      row("stage " + e.getKey() + ", cold, ms", e.getValue(), "%.0f",
          String.format(Locale.ROOT, "%.0f%% of %.0f ms", 100 * median(e.getValue()) / total, total));
    }
  }

  /** Times {@code ./parallax batch} on every BASIL dev pair (three per triplet). */
  private void batch() throws IOException, InterruptedException {
    List<List<Basil.Article>> triplets = Basil.triplets(basil);
    Path manifest = Basil.writeManifest(triplets, work.resolve("basil"));
    int pairs = triplets.size() * 3;
    for (boolean semantic : new boolean[] {true, false}) {
      List<String> cmd = new ArrayList<>(List.of("./parallax", "batch", manifest.toString(), "-o", work.resolve("batch-out").toString()));
      if (!semantic) {
        cmd.add("--no-semantic");
      }
      int n = Math.max(1, Math.min(3, runs / 2));
      double[] rate = new double[n];
      double[] peak = new double[n];
      for (int i = 0; i < n; i++) {
        Child.Result r = Child.run(cmd);
        r.check();
        rate[i] = pairs / r.seconds();
        peak[i] = r.peakKb() / 1024.0;
      }
      row("BASIL dev batch" + (semantic ? "" : " --no-semantic") + ", pairs/s", rate, "%.1f", pairs + " pairs, JSON reports, JVM start included");
      row("BASIL dev batch" + (semantic ? "" : " --no-semantic") + ", peak RSS MB", peak, "%.0f", "");
    }
  }

  /** Times comparisons of 1, 4 and 16 joined BASIL articles a side, in this JVM after a warm-up. */
  private void scaling() throws IOException, IngestException {
    List<List<Basil.Article>> triplets = Basil.triplets(basil);
    if (triplets.size() < 16) {
      return;
    }
    List<List<Basil.Article>> use = triplets.subList(0, 16);
    Ingestor ingestor = new Ingestor();
    Map<Integer, double[]> results = new LinkedHashMap<>();
    Map<Integer, Map<String, Double>> shares = new LinkedHashMap<>();
    for (int k : new int[] {1, 4, 16}) {
      Document[][] docs = new Document[16 / k][];
      int chars = 0;
      for (int g = 0; g < docs.length; g++) {
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (List<Basil.Article> t : use.subList(g * k, g * k + k)) {
          a.append(t.get(0).text());
          b.append(t.get(1).text());
        }
        chars = a.length();
        docs[g] = new Document[] {
          ingestor.parse("a" + k + "-" + g + ".txt", a.toString().getBytes(StandardCharsets.UTF_8), Format.TXT),
          ingestor.parse("b" + k + "-" + g + ".txt", b.toString().getBytes(StandardCharsets.UTF_8), Format.TXT)
        };
      }
      // Warm-up: the JIT and the models, on the same documents.
      for (Document[] d : docs) {
        Stages.time(d[0], d[1], true, 0);
      }
      int reps = Math.max(1, runs / 2);
      List<Double> totals = new ArrayList<>();
      Map<String, Double> sum = new LinkedHashMap<>();
      for (int r = 0; r < reps; r++) {
        for (Document[] d : docs) {
          Map<String, Double> t = Stages.time(d[0], d[1], true, 0);
          totals.add(t.values().stream().mapToDouble(Double::doubleValue).sum());
          t.forEach((s, v) -> sum.merge(s, v, Double::sum));
        }
      }
      results.put(k, totals.stream().mapToDouble(Double::doubleValue).toArray());
      shares.put(k, sum);
      row(k + "× BASIL article a side, warm, ms per pair", results.get(k), "%.0f",
          docs.length + " pair(s) × " + reps + " rounds, ~" + chars / 1000 + "k chars a side; " + top(sum));
    }
    double ratio = median(results.get(16)) / median(results.get(1));
    md.append(String.format(Locale.ROOT, "| 16× / 1× time | %.1f× | | | target ≤ 24× |\n", ratio));
  }

  /**
   * Runs this build and the baseline's launcher side by side, interleaved (the order alternates each
   * round), and prints each one's median, the ratio of the medians, and the JDK each launcher ran.
   * Times are wall seconds and CPU seconds (user + system, from /usr/bin/time) of the whole process.
   */
  private void versus(boolean small, boolean full) throws IOException, InterruptedException {
    md.setLength(0);
    md.append("JDK (this build): ").append(jdk(Path.of("."), java)).append("; JDK (baseline): ").append(jdk(baseline, null)).append("\n\n");
    md.append("| measurement | this build (median) | baseline (median) | ratio | runs | note |\n|---|---|---|---|---|---|\n");
    String base = baseline.resolve("parallax").toString();
    Path xdg = work.resolve("xdg");
    List<String> env = new ArrayList<>(List.of("env", "XDG_CACHE_HOME=" + xdg));
    if (java != null) {
      env.add("PARALLAX_JAVA=" + java);
    }
    if (small) {
      List<String> seed = List.of("compare", SEED_A, SEED_B, "-o", work.resolve("seed").toString());
      List<String> cold = concat(env, List.of("./parallax"), seed, List.of("--no-cache"));
      List<String> warm = concat(env, List.of("./parallax"), seed);
      List<String> old = concat(List.of(base), seed);
      Child.run(cold).check(); // warm-ups: JVM archives, model files unpacked, and the vector cache filled
      Child.run(warm).check();
      Child.run(old).check();
      pairRows("seed pair, compare, cold (--no-cache)", cold, old, runs, 1);
      pairRows("seed pair, compare, vector cache warm", warm, old, runs, 1);
    }
    if (!Files.isDirectory(basil.resolve("articles"))) {
      System.err.println("bench: no BASIL data at " + basil + "; skipping the batches");
      return;
    }
    List<List<Basil.Article>> triplets = Basil.triplets(basil);
    if (small && triplets.size() >= 20) {
      Path manifest = Basil.writeManifest(triplets.subList(0, 20), work.resolve("basil60"));
      List<String> args = List.of("batch", manifest.toString(), "-o", work.resolve("batch60").toString());
      pairRows("BASIL dev batch, 60 pairs (20 events × 3), --no-cache", concat(env, List.of("./parallax"), args, List.of("--no-cache")),
          concat(List.of(base), args), Math.max(1, runs / 2), 60);
    }
    if (full) {
      Path manifest = Basil.writeManifest(triplets, work.resolve("basil-all"));
      int pairs = triplets.size() * 3;
      List<String> args = List.of("batch", manifest.toString(), "-o", work.resolve("batch-all").toString());
      pairRows("BASIL dev batch, " + pairs + " pairs, --no-cache", concat(env, List.of("./parallax"), args, List.of("--no-cache")),
          concat(List.of(base), args), Math.max(1, runs / 3), pairs);
    }
  }

  @SafeVarargs
  private static List<String> concat(List<String>... parts) {
    List<String> out = new ArrayList<>();
    for (List<String> p : parts) {
      out.addAll(p);
    }
    return out;
  }

  /** Returns the first line of {@code java -version} as the launcher in {@code root} would run it. */
  private static String jdk(Path root, String chosen) throws IOException, InterruptedException {
    Path launcher = root.resolve("parallax");
    String java = "java";
    // A launcher that chooses its JDK says which with PARALLAX_PRINT_JAVA=1.
    Child.Result r = Child.run(List.of("env", "PARALLAX_PRINT_JAVA=1", "PARALLAX_JAVA=" + (chosen == null ? "" : chosen), launcher.toString(), "--version"));
    for (String line : r.stderr().split("\n")) {
      if (line.startsWith("parallax-java ")) {
        java = line.substring("parallax-java ".length()).strip();
      }
    }
    Child.Result v = Child.run(List.of(java, "-version"));
    String first = v.stderr().strip().split("\n")[0];
    return "`" + java + "`: " + first;
  }

  /** Runs {@code mine} and {@code theirs} {@code n} times each, interleaved, and adds rows of medians and ratios. */
  private void pairRows(String name, List<String> mine, List<String> theirs, int n, int pairs)
      throws IOException, InterruptedException {
    double[][] wall = new double[2][n];
    double[][] cpu = new double[2][n];
    double[][] peak = new double[2][n];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < 2; k++) {
        int side = (i + k) % 2; // alternate which goes first
        Child.Result r = Child.run(timed(side == 0 ? mine : theirs));
        r.check();
        double[] t = times(r.stderr());
        wall[side][i] = t[0];
        cpu[side][i] = t[1];
        peak[side][i] = t[2] / 1024.0;
      }
      System.err.printf(Locale.ROOT, "bench: %s round %d: this %.2f s, baseline %.2f s%n", name, i + 1, wall[0][i], wall[1][i]);
    }
    if (pairs > 1) {
      double[][] rate = new double[2][n];
      for (int side = 0; side < 2; side++) {
        for (int i = 0; i < n; i++) {
          rate[side][i] = pairs / wall[side][i];
        }
      }
      versusRow(name + ", pairs/s (wall)", rate, n, "%.2f", "higher is better");
    } else {
      versusRow(name + ", wall s", wall, n, "%.2f", "JVM start included");
    }
    versusRow(name + ", CPU s (user+sys)", cpu, n, "%.2f", "");
    versusRow(name + ", peak RSS MB", peak, n, "%.0f", "");
  }

  private void versusRow(String name, double[][] v, int n, String fmt, String note) {
    double mine = median(v[0]);
    double theirs = median(v[1]);
    int from = md.length();
    md.append("| ").append(name).append(" | ").append(String.format(Locale.ROOT, fmt, mine)).append(" | ")
        .append(String.format(Locale.ROOT, fmt, theirs)).append(" | ")
        .append(String.format(Locale.ROOT, "%.2f×", mine / theirs)).append(" | ").append(n).append(" | ").append(note).append(" |\n");
    System.err.print("bench: " + md.substring(from));
  }

  private static List<String> timed(List<String> cmd) {
    return concat(List.of("/usr/bin/time", "-f", "PXTIME %e %U %S %M"), cmd);
  }

  /** Returns wall s, CPU s and peak RSS KB from the /usr/bin/time line in {@code stderr}. */
  private static double[] times(String stderr) {
    for (String line : stderr.split("\n")) {
      if (line.startsWith("PXTIME ")) {
        String[] f = line.split(" ");
        return new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2]) + Double.parseDouble(f[3]), Double.parseDouble(f[4])};
      }
    }
    throw new IllegalStateException("no /usr/bin/time line in:\n" + stderr);
  }

  private static String top(Map<String, Double> sum) {
    double total = sum.values().stream().mapToDouble(Double::doubleValue).sum();
    StringBuilder sb = new StringBuilder();
    sum.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
        .limit(3)
        .forEach(e -> sb.append(sb.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(Math.round(100 * e.getValue() / total)).append('%'));
    return sb.toString();
  }

  private void row(String name, double[] values, String fmt, String note) {
    int from = md.length();
    md.append("| ").append(name).append(" | ")
        .append(String.format(Locale.ROOT, fmt, median(values))).append(" | ")
        .append(String.format(Locale.ROOT, fmt, Arrays.stream(values).min().orElse(0))).append(" | ")
        .append(String.format(Locale.ROOT, fmt, Arrays.stream(values).max().orElse(0))).append(" | ")
        .append(note).append(" |\n");
    System.err.print("bench: " + md.substring(from));
  }

  static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int n = v.length;
    return n == 0 ? Double.NaN : n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }
}
