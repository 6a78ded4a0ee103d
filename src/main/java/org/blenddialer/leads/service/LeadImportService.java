package org.blenddialer.leads.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.blenddialer.audit.service.AuditEntry;
import org.blenddialer.audit.service.AuditTrail;
import org.blenddialer.core.leads.ImportState;
import org.blenddialer.leads.config.LeadsConfig;
import org.blenddialer.leads.persistence.LeadImport;
import org.blenddialer.leads.persistence.LeadImportStore;
import org.blenddialer.platform.error.FieldError;
import org.blenddialer.platform.error.InvalidInputProblem;
import org.blenddialer.platform.error.NotFoundProblem;
import org.jboss.logging.Logger;

/**
 * Starts lead imports (from an upload or from a file in the import directory), runs them one after
 * another on the service's own import threads, and cleans up imports a stopped service left half
 * done.
 */
@ApplicationScoped
public class LeadImportService {

  private static final Logger LOG = Logger.getLogger(LeadImportService.class);

  private final LeadsConfig config;
  private final LeadImportStore store;
  private final PhoneNumbers numbers;
  private final DoNotCallScrub scrub;
  private final InstantSource clock;
  private final AuditTrail audit;
  private final ExecutorService executor;
  private volatile boolean stopping;

  LeadImportService(
      LeadsConfig config,
      LeadImportStore store,
      PhoneNumbers numbers,
      DoNotCallScrub scrub,
      InstantSource clock,
      AuditTrail audit) {
    this.audit = audit;
    this.config = config;
    this.store = store;
    this.numbers = numbers;
    this.scrub = scrub;
    this.clock = clock;
    AtomicInteger threads = new AtomicInteger();
    this.executor =
        Executors.newFixedThreadPool(
            Math.max(1, config.concurrentImports()),
            task -> {
              Thread thread = new Thread(task, "lead-import-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Imports a stopped service left queued or running never completed: discard them. */
  void recoverAtStartup(@Observes StartupEvent event) throws SQLException {
    for (long[] job : store.unfinished()) {
      LOG.warnf("Discarding lead import %d: the service stopped before it finished", job[0]);
      store.discard(
          job[1], job[0], "the service stopped before the import finished", clock.instant());
    }
  }

  @PreDestroy
  void stop() throws InterruptedException {
    stopping = true;
    executor.shutdown();
    if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
      LOG.warn("Lead imports did not stop within 30 s");
    }
  }

  /** Starts importing an uploaded file; the file is moved away and deleted when the import ends. */
  public LeadImport startUpload(NewImport request, Path uploaded, String fileName, String user) {
    validate(request);
    try {
      Path dir = Files.createDirectories(Path.of(config.uploadDir()));
      Path kept = Files.createTempFile(dir, "upload-", ".lead-file");
      Files.move(uploaded, kept, StandardCopyOption.REPLACE_EXISTING);
      return start(request, kept, true, fileName == null ? "upload" : fileName, user);
    } catch (IOException e) {
      throw new UncheckedIOException("could not keep the uploaded file", e);
    }
  }

  /**
   * Starts importing a file of the import directory, named relative to it; anything that resolves
   * outside that directory (.., absolute paths, symbolic links out) is refused.
   */
  public LeadImport startFromPath(NewImport request, String relativePath, String user) {
    validate(request);
    Path file = resolveInImportDir(relativePath);
    return start(request, file, false, relativePath, user);
  }

  Path resolveInImportDir(String relativePath) {
    if (relativePath == null || relativePath.isBlank()) {
      throw InvalidInputProblem.ofField("path", "must name a file in the import directory");
    }
    try {
      Path root = Path.of(config.importDir()).toAbsolutePath().normalize();
      Path candidate = root.resolve(relativePath).normalize();
      if (Path.of(relativePath).isAbsolute() || !candidate.startsWith(root)) {
        throw InvalidInputProblem.ofField("path", "must stay inside the import directory");
      }
      if (!Files.isRegularFile(candidate)) {
        throw new NotFoundProblem("Lead file", relativePath);
      }
      Path real = candidate.toRealPath();
      if (!real.startsWith(root.toRealPath())) {
        throw InvalidInputProblem.ofField("path", "must stay inside the import directory");
      }
      return real;
    } catch (IOException e) {
      throw new NotFoundProblem("Lead file", relativePath);
    }
  }

  private LeadImport start(
      NewImport request, Path file, boolean deleteAfter, String sourceName, String user) {
    long[] ids;
    try {
      ids =
          store.createListAndJob(
              request.campaignId(),
              request.name().trim(),
              country(request),
              request.policy(),
              sourceName.length() > 255 ? sourceName.substring(0, 255) : sourceName,
              user,
              clock.instant());
    } catch (SQLException e) {
      deleteQuietly(file, deleteAfter);
      throw new IllegalStateException("could not create the lead list", e);
    }
    ImportSpec spec =
        new ImportSpec(
            ids[1],
            ids[0],
            request.campaignId(),
            country(request),
            request.policy(),
            request.hasHeader(),
            request.mapping());
    audit.append(
        AuditEntry.of(user, "lead-list.import-started")
            .subject("lead-list", ids[0])
            .campaign(String.valueOf(request.campaignId()))
            .detail("import", ids[1])
            .detail("name", request.name().trim())
            .detail("file", sourceName)
            .detail("defaultCountry", country(request))
            .detail("duplicatePolicy", request.policy()));
    LeadImporter importer =
        new LeadImporter(
            store,
            numbers,
            scrub,
            clock,
            Math.max(100, config.batchSize()),
            Math.max(0, config.normaliseThreads()));
    executor.execute(
        () -> {
          try {
            ImportResult result = importer.run(spec, file, () -> stopping);
            LOG.infof(
                "Lead import %d %s: %d read, %d accepted, %d rejected%s",
                spec.importId(),
                result.state(),
                result.read(),
                result.accepted(),
                result.rejected(),
                result.problem() == null ? "" : " (" + result.problem() + ")");
            auditOutcome(spec, result, user);
          } finally {
            deleteQuietly(file, deleteAfter);
          }
        });
    return LeadImport.findById(ids[1]);
  }

  /** The end of an import in the audit trail: what went in, or why nothing did. */
  private void auditOutcome(ImportSpec spec, ImportResult result, String user) {
    try {
      audit.append(
          AuditEntry.of(
                  user,
                  result.state() == ImportState.COMPLETED
                      ? "lead-list.imported"
                      : "lead-list.import-failed")
              .subject("lead-list", spec.listId())
              .campaign(String.valueOf(spec.campaignId()))
              .detail("import", spec.importId())
              .detail("rowsRead", result.read())
              .detail("rowsAccepted", result.accepted())
              .detail("rowsRejected", result.rejected())
              .detail("problem", result.problem()));
    } catch (RuntimeException e) {
      LOG.errorf(e, "Lead import %d ended but could not be audited", spec.importId());
    }
  }

  /** Refuses a request whose fields are wrong, before any file is read or kept. */
  public void validate(NewImport request) {
    List<FieldError> errors = new ArrayList<>();
    if (request.campaignId() <= 0) {
      errors.add(new FieldError("campaignId", "must be a campaign id (1 or more)"));
    }
    if (request.name() == null || request.name().isBlank() || request.name().length() > 200) {
      errors.add(new FieldError("name", "must be 1 to 200 characters"));
    }
    if (!numbers.isCountry(country(request))) {
      errors.add(new FieldError("defaultCountry", "must be an ISO 3166 two-letter country code"));
    }
    if (request.policy() == null) {
      errors.add(new FieldError("duplicatePolicy", "must be SKIP, KEEP_NEWEST or KEEP_ALL"));
    }
    if (!request.hasHeader() && request.mapping() == null) {
      errors.add(new FieldError("mapping", "a file without a header row needs a column mapping"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputProblem(
          errors.size() == 1
              ? errors.get(0).field() + ": " + errors.get(0).message()
              : errors.size() + " fields are invalid",
          errors);
    }
  }

  private String country(NewImport request) {
    String country = request.defaultCountry();
    return (country == null || country.isBlank() ? config.defaultCountry() : country)
        .trim()
        .toUpperCase(Locale.ROOT);
  }

  private static void deleteQuietly(Path file, boolean delete) {
    if (!delete) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.warnf("Could not delete the uploaded lead file %s", file);
    }
  }
}
