package org.blenddialer.leads.bench;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.InstantSource;
import java.util.Random;
import org.blenddialer.core.leads.DuplicatePolicy;
import org.blenddialer.core.leads.ImportState;
import org.blenddialer.leads.persistence.LeadImportStore;
import org.blenddialer.leads.service.ImportResult;
import org.blenddialer.leads.service.ImportSpec;
import org.blenddialer.leads.service.LeadImporter;
import org.blenddialer.leads.service.MarkedLeadsDoNotCallScrub;
import org.blenddialer.leads.service.PhoneNumbers;
import org.blenddialer.platform.db.EmbeddedDatabase;
import org.blenddialer.platform.db.EmbeddedDatabaseSettings;
import org.flywaydb.core.Flyway;

/**
 * Benchmark, not a test: imports a generated 1,000,000-row CSV (semicolon, UTF-8, two numbers per
 * row, postal codes, custom fields, 1% duplicates, 0.5% invalid numbers) through the same {@link
 * LeadImporter} the service runs, with validation, normalisation, time zones, dedupe and the DNC
 * scrub, into the embedded MariaDB (or the MySQL/MariaDB of {@code -Dbench.jdbc-url}).
 *
 * <pre>
 * ./mvnw -B -q test-compile org.codehaus.mojo:exec-maven-plugin:3.6.4:java \
 *   -Dexec.classpathScope=test -Dexec.mainClass=org.blenddialer.leads.bench.LeadImportBench
 * </pre>
 *
 * Options: {@code -Dbench.rows=1000000}, {@code -Dbench.batch=2000}, {@code
 * -Dbench.normalise-threads=2}, {@code -Dbench.jdbc-url}, {@code -Dbench.user}, {@code
 * -Dbench.password}.
 */
public final class LeadImportBench {

  private static final String[] AREAS = {"212", "312", "415", "303", "602", "808"};
  private static final String[] ZIPS = {"10001", "60601", "94105", "80202", "85001", "96813"};
  private static final String[] NAMES = {
    "Søren Ærø", "Åsa Öberg", "Jürgen Müller", "Matti Meikäläinen", "Иван Петров", "Mary Smith"
  };

  private LeadImportBench() {}

  public static void main(String[] args) throws Exception {
    int rows = Integer.getInteger("bench.rows", 1_000_000);
    int batch = Integer.getInteger("bench.batch", 2000);
    int threads = Integer.getInteger("bench.normalise-threads", 2);
    Path dir = Files.createDirectories(Path.of("target", "bench"));
    Path file = dir.resolve("leads-" + rows + ".csv");
    if (!Files.exists(file)) {
      generate(file, rows);
    }
    Path warmUp = dir.resolve("leads-warm-up.csv");
    if (!Files.exists(warmUp)) {
      generate(warmUp, 50_000);
    }
    EmbeddedDatabase embedded = null;
    String url = System.getProperty("bench.jdbc-url");
    String user = System.getProperty("bench.user", "root");
    String password = System.getProperty("bench.password", "");
    if (url == null) {
      Path data = dir.resolve("mariadb");
      embedded =
          EmbeddedDatabase.startThrowaway(
              EmbeddedDatabaseSettings.fromEnvironment().withDataDir(data));
      url = embedded.jdbcUrl();
    }
    try {
      Flyway.configure().dataSource(url, user, password).load().migrate();
      MysqlDataSource dataSource = new MysqlDataSource();
      dataSource.setURL(url);
      dataSource.setUser(user);
      dataSource.setPassword(password);
      dataSource.setRewriteBatchedStatements(true);
      LeadImportStore store = new LeadImportStore(dataSource);
      LeadImporter importer =
          new LeadImporter(
              store,
              new PhoneNumbers(),
              new MarkedLeadsDoNotCallScrub(store),
              InstantSource.system(),
              batch,
              threads);
      long campaign = System.currentTimeMillis() / 1000;
      run(store, importer, warmUp, campaign, "warm-up");
      ImportResult result = run(store, importer, file, campaign + 1, "measured");
      if (result.state() != ImportState.COMPLETED) {
        throw new IllegalStateException(result.problem());
      }
    } finally {
      if (embedded != null) {
        embedded.stop();
      }
    }
  }

  private static ImportResult run(
      LeadImportStore store, LeadImporter importer, Path file, long campaign, String label)
      throws SQLException {
    long[] ids =
        store.createListAndJob(
            campaign,
            label,
            "US",
            DuplicatePolicy.SKIP,
            file.getFileName().toString(),
            "bench",
            InstantSource.system().instant());
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long cpuStarted = threads.getCurrentThreadCpuTime();
    long jvmStarted = jvmCpuNanos();
    long dbStarted = databaseCpuNanos();
    long started = System.nanoTime();
    ImportResult result =
        importer.run(
            new ImportSpec(ids[1], ids[0], campaign, "US", DuplicatePolicy.SKIP, true, null),
            file,
            () -> false);
    double seconds = (System.nanoTime() - started) / 1e9;
    double cpu = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e9;
    double jvm = (jvmCpuNanos() - jvmStarted) / 1e9;
    double db = (databaseCpuNanos() - dbStarted) / 1e9;
    System.out.printf(
        "%s: %s %,d rows read, %,d accepted, %,d rejected in %.1f s (import thread CPU %.1f s)"
            + " = %,.0f rows/s%n",
        label,
        result.state(),
        result.read(),
        result.accepted(),
        result.rejected(),
        seconds,
        cpu,
        result.read() / seconds);
    if (db > 0) {
      // On two otherwise idle cores the import cannot go faster than its CPU work allows.
      System.out.printf(
          "%s: CPU used: JVM %.1f s, database %.1f s = %.1f us per row;"
              + " ceiling on 2 idle cores %,.0f rows/s, on 1 core %,.0f rows/s%n",
          label,
          jvm,
          db,
          (jvm + db) * 1e6 / result.read(),
          result.read() / Math.max(cpu, (jvm + db) / 2),
          result.read() / (jvm + db));
    }
    System.out.printf(
        "%s: load average at the end %.1f%n",
        label,
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    return result;
  }

  private static long jvmCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** CPU time of the bench's own embedded MariaDB (0 when the database is external). */
  private static long databaseCpuNanos() {
    String dataDir = Path.of("target", "bench", "mariadb").toAbsolutePath().toString();
    return ProcessHandle.allProcesses()
        .filter(
            p -> {
              String command = p.info().commandLine().orElse("");
              return command.contains("mariadbd") && command.contains(dataDir);
            })
        .mapToLong(p -> p.info().totalCpuDuration().map(d -> d.toNanos()).orElse(0L))
        .sum();
  }

  /** Rows with two numbers each; 1% repeat an earlier number, 0.5% have an invalid one. */
  private static void generate(Path file, int rows) throws IOException {
    Random random = new Random(42);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("Name;Mobile;Home;Postal code;Segment;Notes\r\n");
      for (int i = 0; i < rows; i++) {
        int source = i > 0 && random.nextInt(100) == 0 ? random.nextInt(i) : i;
        int area = source % AREAS.length;
        String mobile =
            random.nextInt(200) == 0 ? "555-12" : "+1 " + AREAS[area] + " " + (2_000_000 + source);
        String home = "(" + AREAS[(area + 1) % AREAS.length] + ") " + (3_000_000 + i);
        String zip = i % 3 == 0 ? ZIPS[(area + 2) % ZIPS.length] : "";
        out.write(
            NAMES[i % NAMES.length]
                + " "
                + i
                + ";"
                + mobile
                + ";"
                + home
                + ";"
                + zip
                + ";S"
                + (i % 7)
                + ";\"note "
                + i
                + ", with comma\"\r\n");
      }
    }
  }
}
