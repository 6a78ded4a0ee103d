package org.blenddialer.leads.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Lead list imports: where files come from, how they are written, how many run at once. */
@ConfigMapping(prefix = "dialer.leads")
public interface LeadsConfig {

  /** Directory that server-side path imports read from; paths outside it are refused. */
  @WithDefault("data/lead-files")
  String importDir();

  /** Directory where uploaded files wait for their import; each is deleted when it ends. */
  @WithDefault("data/lead-uploads")
  String uploadDir();

  /** Rows per database batch; the job's progress is updated (and committed) once per batch. */
  @WithDefault("2000")
  int batchSize();

  /**
   * Threads that validate and normalise rows (libphonenumber) ahead of an import's own thread,
   * which dedupes and hands batches to its writer; 0 does everything on the import's thread.
   */
  @WithDefault("2")
  int normaliseThreads();

  /** Imports that run at the same time; more wait in a queue. */
  @WithDefault("1")
  int concurrentImports();

  /** Country for numbers without a country code when the import names none (ISO 3166). */
  @WithDefault("US")
  String defaultCountry();
}
