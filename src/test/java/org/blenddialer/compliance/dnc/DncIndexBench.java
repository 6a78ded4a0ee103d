package org.blenddialer.compliance.dnc;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.blenddialer.core.compliance.dnc.DncIndex;

/**
 * Bench command (not a test) for the compact DNC index: writes a US-style registry file of N
 * numbers once, then measures loading it (read + parse + sort + encode), bytes per number and
 * single-thread lookups per second. Run:
 *
 * <pre>
 * ./mvnw -B -q test-compile
 * java -Xmx6g -cp target/classes:target/test-classes \
 *   org.blenddialer.compliance.dnc.DncIndexBench 100000000
 * </pre>
 */
public final class DncIndexBench {

  private DncIndexBench() {}

  public static void main(String[] args) throws IOException {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000_000;
    int lookups = args.length > 1 ? Integer.parseInt(args[1]) : 20_000_000;
    Path file = Path.of("target", "dnc-bench", "us-registry-" + count + ".txt");
    if (!Files.exists(file)) {
      write(file, count);
    }
    System.out.printf("file %s, %,d bytes%n", file, Files.size(file));

    long t0 = System.nanoTime();
    RegistryFile.Contents contents;
    try (InputStream in = Files.newInputStream(file)) {
      contents = RegistryFile.read(in, "1");
    }
    long t1 = System.nanoTime();
    DncIndex index = DncIndex.of(contents.numbers().backingArray(), contents.numbers().size());
    long t2 = System.nanoTime();
    contents = null;
    System.out.printf(
        "load: read+parse %.1f s, sort+encode %.1f s, total %.1f s%n",
        (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t2 - t0) / 1e9);
    System.out.printf(
        "size: %,d numbers, %,d bytes, %.3f bytes/number%n",
        index.size(), index.bytesUsed(), (double) index.bytesUsed() / index.size());

    SplittableRandom random = new SplittableRandom(7);
    long[] probes = new long[lookups];
    SplittableRandom again = new SplittableRandom(42);
    for (int i = 0; i < lookups; i++) {
      // Half the probes are numbers of the file (re-drawn from its seed), half random numbers.
      probes[i] = (i & 1) == 0 ? usNumber(again) : usNumber(random);
    }
    // CPU time as well as wall time: on a shared machine the thread does not always get a core.
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    for (int round = 1; round <= 3; round++) {
      long hits = 0;
      long s = System.nanoTime();
      long cs = cpu.getCurrentThreadCpuTime();
      for (long probe : probes) {
        if (index.contains(probe)) {
          hits++;
        }
      }
      long e = System.nanoTime();
      long ce = cpu.getCurrentThreadCpuTime();
      System.out.printf(
          "lookups round %d: %,d in %.2f s wall = %,.0f/s; %.2f s CPU = %,.0f/s per core"
              + " (%,d hits)%n",
          round,
          lookups,
          (e - s) / 1e9,
          lookups / ((e - s) / 1e9),
          (ce - cs) / 1e9,
          lookups / ((ce - cs) / 1e9),
          hits);
    }
  }

  private static long usNumber(SplittableRandom random) {
    long npa = 200 + random.nextInt(800);
    long line = random.nextLong(10_000_000L);
    return 10_000_000_000L + npa * 10_000_000L + line;
  }

  private static void write(Path file, int count) throws IOException {
    Files.createDirectories(file.getParent());
    SplittableRandom random = new SplittableRandom(42);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
      for (int i = 0; i < count; i++) {
        String national = Long.toString(usNumber(random) - 10_000_000_000L);
        out.write(national.getBytes(StandardCharsets.US_ASCII));
        out.write('\n');
      }
    }
  }
}
