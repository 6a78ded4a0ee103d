package org.blenddialer.leads.service;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.blenddialer.core.leads.ColumnMapping;
import org.blenddialer.core.leads.DuplicatePolicy;
import org.blenddialer.core.leads.HeaderGuess;
import org.blenddialer.core.leads.ImportState;
import org.blenddialer.core.leads.InvalidMappingException;
import org.blenddialer.core.leads.NumberIndex;
import org.blenddialer.core.leads.RejectReason;
import org.blenddialer.leads.importing.LeadFiles;
import org.blenddialer.leads.importing.RowSource;
import org.blenddialer.leads.importing.SourceRow;
import org.blenddialer.leads.importing.UnreadableLeadFileException;
import org.blenddialer.leads.persistence.LeadBatchWriter;
import org.blenddialer.leads.persistence.LeadImportStore;
import org.jboss.logging.Logger;

/**
 * Runs one import from file to active list: reads rows as a stream, normalises them, scrubs and
 * dedupes their numbers, writes them in batches, and either completes the list with its report or
 * discards everything it wrote. Plain Java with its collaborators passed in, so the benchmark runs
 * exactly this code.
 */
public final class LeadImporter {

  private static final Logger LOG = Logger.getLogger(LeadImporter.class);

  private final LeadImportStore store;
  private final PhoneNumbers numbers;
  private final DoNotCallScrub scrub;
  private final InstantSource clock;
  private final int batchSize;
  private final int normaliseThreads;

  /**
   * @param batchSize rows per database batch and progress update
   * @param normaliseThreads threads that normalise rows ahead of this one (0: none)
   */
  public LeadImporter(
      LeadImportStore store,
      PhoneNumbers numbers,
      DoNotCallScrub scrub,
      InstantSource clock,
      int batchSize,
      int normaliseThreads) {
    this.store = store;
    this.numbers = numbers;
    this.scrub = scrub;
    this.clock = clock;
    this.batchSize = batchSize;
    this.normaliseThreads = normaliseThreads;
  }

  /** Imports the file; never throws: a failure discards the import and says why. */
  public ImportResult run(ImportSpec spec, Path file, BooleanSupplier stopping) {
    Counts counts = new Counts();
    LeadBatchWriter writer = null;
    try (RowSource source = LeadFiles.open(file)) {
      store.markRunning(spec.importId(), source.description(), clock.instant());
      DoNotCallScrub.Check dnc = scrub.prepare(spec.campaignId());
      NumberIndex campaign = new NumberIndex(1024);
      if (spec.policy() != DuplicatePolicy.KEEP_ALL) {
        store.loadCampaignNumbers(spec.campaignId(), campaign);
      }
      SourceRow first = nextNonBlank(source);
      List<String> headers = spec.hasHeader() && first != null ? header(first) : null;
      ColumnMapping mapping =
          spec.mapping() != null
              ? spec.mapping()
              : HeaderGuess.fromHeaders(headers == null ? List.of() : headers);
      RowNormaliser normaliser =
          new RowNormaliser(
              mapping.resolve(headers),
              headers,
              spec.defaultCountry(),
              numbers,
              source.delimiter());
      writer =
          new LeadBatchWriter(
              store.dataSource().getConnection(),
              spec.listId(),
              spec.campaignId(),
              spec.importId(),
              clock.instant());
      Dedupe dedupe = new Dedupe(spec.policy(), campaign, spec.campaignId());
      LeadBatchWriter out = writer;
      NormalisingPipeline.Sink sink =
          outcome -> {
            counts.read++;
            take(outcome, dnc, dedupe, out, counts);
            if (out.pending() >= batchSize) {
              out.flush(counts.read, counts.accepted, counts.rejected);
              if (stopping.getAsBoolean()) {
                throw new IllegalStateException("the service is stopping");
              }
            }
          };
      try (NormalisingPipeline pipeline =
          new NormalisingPipeline(normaliser, normaliseThreads, spec.importId())) {
        SourceRow row = headers == null ? first : nextNonBlank(source);
        while (row != null) {
          pipeline.add(row, sink);
          row = nextNonBlank(source);
        }
        pipeline.finish(sink);
      }
      writer.finish(counts.read, counts.accepted, counts.rejected);
      writer.close();
      writer = null;
      store.complete(
          spec.listId(),
          spec.campaignId(),
          spec.importId(),
          dedupe.superseded,
          spec.policy() == DuplicatePolicy.KEEP_NEWEST,
          counts.read,
          counts.accepted,
          counts.rejected,
          clock.instant());
      return new ImportResult(
          ImportState.COMPLETED, counts.read, counts.accepted, counts.rejected, null);
    } catch (Exception e) {
      String problem = problem(e);
      closeQuietly(writer);
      try {
        store.discard(spec.listId(), spec.importId(), problem, clock.instant());
      } catch (SQLException | RuntimeException cleanup) {
        LOG.errorf(cleanup, "Lead import %d failed and could not be cleaned up", spec.importId());
      }
      return new ImportResult(
          ImportState.FAILED, counts.read, counts.accepted, counts.rejected, problem);
    }
  }

  private static void take(
      RowOutcome outcome,
      DoNotCallScrub.Check dnc,
      Dedupe dedupe,
      LeadBatchWriter writer,
      Counts counts)
      throws SQLException {
    if (outcome instanceof Rejection rejection) {
      writer.reject(rejection);
      counts.rejected++;
      return;
    }
    LeadDraft lead = (LeadDraft) outcome;
    List<LeadDraft.Phone> callable = new ArrayList<>(lead.phones().size());
    String listedOn = null;
    for (LeadDraft.Phone phone : lead.phones()) {
      String list = dnc.listedOn(phone.e164());
      if (list == null) {
        callable.add(phone);
      } else if (listedOn == null) {
        listedOn = list;
      }
    }
    if (callable.isEmpty()) {
      writer.reject(
          new Rejection(
              lead.line(),
              "phone",
              lead.main().e164(),
              RejectReason.DO_NOT_CALL,
              RejectReason.DO_NOT_CALL.description() + " (" + listedOn + ")"));
      counts.rejected++;
      return;
    }
    if (callable.size() < lead.phones().size()) {
      lead = lead.withPhones(List.copyOf(callable));
    }
    Rejection duplicate = dedupe.check(lead);
    if (duplicate != null) {
      writer.reject(duplicate);
      counts.rejected++;
      if (duplicate.reason() == RejectReason.SUPERSEDED) {
        // The earlier row was counted as accepted; now this row is, and the earlier one is not.
        writer.add(lead);
      }
      return;
    }
    writer.add(lead);
    counts.accepted++;
  }

  private static SourceRow nextNonBlank(RowSource source) throws IOException {
    SourceRow row = source.next();
    while (row != null && row.isBlank()) {
      row = source.next();
    }
    return row;
  }

  private static List<String> header(SourceRow row) {
    return Arrays.stream(row.values()).map(String::trim).toList();
  }

  private static String problem(Exception e) {
    if (e instanceof UnreadableLeadFileException) {
      return e.getMessage();
    }
    if (e instanceof InvalidMappingException) {
      return "the column mapping does not fit the file: " + e.getMessage();
    }
    if (e instanceof IOException) {
      return "the file could not be read to its end: " + e.getMessage();
    }
    if (e instanceof SQLException) {
      LOG.error("Lead import failed in the database", e);
      return "the database refused the import; the service log has the details";
    }
    if (e instanceof IllegalStateException && "the service is stopping".equals(e.getMessage())) {
      return "the service stopped before the import finished";
    }
    LOG.error("Lead import failed unexpectedly", e);
    return "the import failed unexpectedly; the service log has the details";
  }

  private static void closeQuietly(LeadBatchWriter writer) {
    if (writer == null) {
      return;
    }
    try {
      writer.rollback();
      writer.close();
    } catch (SQLException e) {
      LOG.warn("Could not release the import's connection cleanly", e);
    }
  }

  private static final class Counts {
    long read;
    long accepted;
    long rejected;
  }

  /** The duplicate policy applied to the main number of each lead, in file order. */
  private static final class Dedupe {
    private final DuplicatePolicy policy;
    private final NumberIndex campaign;
    private final long campaignId;
    private final NumberIndex list = new NumberIndex(1 << 16);
    final List<Long> superseded = new ArrayList<>();

    Dedupe(DuplicatePolicy policy, NumberIndex campaign, long campaignId) {
      this.policy = policy;
      this.campaign = campaign;
      this.campaignId = campaignId;
    }

    /** Null when the lead goes in as it is; else the report line (SUPERSEDED: it goes in too). */
    Rejection check(LeadDraft lead) {
      if (policy == DuplicatePolicy.KEEP_ALL) {
        return null;
      }
      String number = lead.main().e164();
      long key = NumberIndex.key(number);
      if (policy == DuplicatePolicy.SKIP) {
        if (campaign.contains(key)) {
          return new Rejection(
              lead.line(),
              "phone",
              number,
              RejectReason.DUPLICATE_IN_CAMPAIGN,
              "the number is already in another list of campaign " + campaignId);
        }
        long earlier = list.putIfAbsent(key, lead.line());
        return earlier < 0
            ? null
            : new Rejection(
                lead.line(),
                "phone",
                number,
                RejectReason.DUPLICATE_IN_LIST,
                "the number is already on line " + earlier);
      }
      long earlier = list.putIfAbsent(key, lead.line());
      if (earlier < 0) {
        return null;
      }
      list.put(key, lead.line());
      superseded.add(earlier);
      return new Rejection(
          earlier,
          "phone",
          number,
          RejectReason.SUPERSEDED,
          "line " + lead.line() + " has the same number and replaces this row");
    }
  }
}
