package org.blenddialer.leads.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.blenddialer.core.leads.LeadStatus;
import org.blenddialer.leads.service.LeadDraft;
import org.blenddialer.leads.service.Rejection;

/**
 * Writes an import's leads, their numbers and its rejections in JDBC batches (one multi-row INSERT
 * per table and batch with rewriteBatchedStatements), committing each batch with the job's progress
 * so that what the job shows is what is written. No ORM on this path: a million rows would
 * otherwise mean a million entities.
 */
public final class LeadBatchWriter implements AutoCloseable {

  /**
   * What is the same for every lead of the import (list, campaign, status, times) is written into
   * the statement once instead of bound per row: the driver encodes every bound value twice (to
   * size the multi-row INSERT, then to write it), and a bound timestamp costs a date formatter each
   * time. All of it is numbers, a constant and a formatted instant: no text from the file.
   */
  private static final String INSERT_LEAD =
      "INSERT INTO lead (list_id, campaign_id, line_number, name, postal_code, country,"
          + " phone_e164, phone_kind, phone_type, time_zone, time_zone_source, custom_fields,"
          + " status, priority, next_call_at, created_at)"
          + " VALUES (%d, %d, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '%s', 0, '%s', '%s')";

  private static final DateTimeFormatter DATETIME_6 =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);
  private static final String INSERT_PHONE =
      "INSERT INTO lead_phone (lead_id, position, kind, e164, number_type) VALUES (?, ?, ?, ?, ?)";
  private static final String INSERT_REJECTION =
      "INSERT INTO lead_import_rejection (import_id, line_number, seq, field, raw_value, reason,"
          + " detail) VALUES (?, ?, ?, ?, ?, ?, ?)";
  private static final String PROGRESS =
      "UPDATE lead_import SET rows_read = ?, rows_accepted = ?, rows_rejected = ? WHERE id = ?";

  private final Connection connection;
  private final long listId;
  private final long campaignId;
  private final long importId;
  private final PreparedStatement leads;
  private final PreparedStatement phones;
  private final PreparedStatement rejections;
  private final PreparedStatement progress;
  private final ExecutorService io;
  private List<LeadDraft> pendingLeads = new ArrayList<>();
  private List<NumberedRejection> pendingRejections = new ArrayList<>();
  private Future<?> inFlight;
  private long lastRejectedLine = -1;
  private int seq;

  /** A report line with its position among the lines of the same row. */
  private record NumberedRejection(Rejection rejection, int seq) {}

  /** Takes over the connection (autocommit off) until closed. */
  public LeadBatchWriter(
      Connection connection, long listId, long campaignId, long importId, Instant now)
      throws SQLException {
    this.connection = connection;
    this.listId = listId;
    this.campaignId = campaignId;
    this.importId = importId;
    connection.setAutoCommit(false);
    String at = DATETIME_6.format(now);
    leads =
        connection.prepareStatement(
            String.format(
                Locale.ROOT, INSERT_LEAD, listId, campaignId, LeadStatus.READY.name(), at, at),
            Statement.RETURN_GENERATED_KEYS);
    phones = connection.prepareStatement(INSERT_PHONE);
    rejections = connection.prepareStatement(INSERT_REJECTION);
    progress = connection.prepareStatement(PROGRESS);
    io =
        Executors.newSingleThreadExecutor(
            task -> {
              Thread thread = new Thread(task, "lead-import-writer-" + importId);
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Queues a lead. */
  public void add(LeadDraft lead) {
    pendingLeads.add(lead);
  }

  /** Queues a report line. */
  public void reject(Rejection rejection) {
    seq = rejection.line() == lastRejectedLine ? seq + 1 : 0;
    lastRejectedLine = rejection.line();
    pendingRejections.add(new NumberedRejection(rejection, seq));
  }

  /** How many rows are queued. */
  public int pending() {
    return pendingLeads.size() + pendingRejections.size();
  }

  /**
   * Hands what is queued, with the job's counts, to the writer thread, which writes and commits it
   * while the next batch is read: parsing and the database then work at the same time. Waits for
   * the previous batch first, so at most one is in flight; its failure is thrown here.
   */
  public void flush(long read, long accepted, long rejected) throws SQLException {
    awaitInFlight();
    List<LeadDraft> leadBatch = pendingLeads;
    List<NumberedRejection> rejectionBatch = pendingRejections;
    pendingLeads = new ArrayList<>();
    pendingRejections = new ArrayList<>();
    inFlight =
        io.submit(
            () -> {
              write(leadBatch, rejectionBatch, read, accepted, rejected);
              return null;
            });
  }

  /** Flushes the last batch and waits until everything is written and committed. */
  public void finish(long read, long accepted, long rejected) throws SQLException {
    flush(read, accepted, rejected);
    awaitInFlight();
  }

  private void awaitInFlight() throws SQLException {
    if (inFlight == null) {
      return;
    }
    try {
      inFlight.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while writing leads", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof SQLException sql) {
        throw sql;
      }
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new SQLException("writing leads failed", e.getCause());
    } finally {
      inFlight = null;
    }
  }

  private void write(
      List<LeadDraft> leadBatch,
      List<NumberedRejection> rejectionBatch,
      long read,
      long accepted,
      long rejected)
      throws SQLException {
    if (!leadBatch.isEmpty()) {
      writeLeads(leadBatch);
    }
    if (!rejectionBatch.isEmpty()) {
      for (NumberedRejection numbered : rejectionBatch) {
        Rejection rejection = numbered.rejection();
        rejections.setLong(1, importId);
        rejections.setLong(2, rejection.line());
        rejections.setInt(3, numbered.seq());
        rejections.setString(4, rejection.field());
        rejections.setString(5, rejection.rawValue());
        rejections.setString(6, rejection.reason().name());
        rejections.setString(7, rejection.detail());
        rejections.addBatch();
      }
      rejections.executeBatch();
    }
    progress.setLong(1, read);
    progress.setLong(2, accepted);
    progress.setLong(3, rejected);
    progress.setLong(4, importId);
    progress.executeUpdate();
    connection.commit();
  }

  private void writeLeads(List<LeadDraft> pendingLeads) throws SQLException {
    for (LeadDraft lead : pendingLeads) {
      LeadDraft.Phone main = lead.main();
      leads.setLong(1, lead.line());
      leads.setString(2, lead.name());
      leads.setString(3, lead.postalCode());
      leads.setString(4, lead.country());
      leads.setString(5, main.e164());
      leads.setString(6, main.kind().name());
      leads.setString(7, main.type());
      leads.setString(8, lead.timeZone().zoneId());
      leads.setString(9, lead.timeZone().source().name());
      if (lead.customFields() == null) {
        leads.setNull(10, Types.VARCHAR);
      } else {
        leads.setString(10, lead.customFields());
      }
      leads.addBatch();
    }
    leads.executeBatch();
    int i = 0;
    int extraPhones = 0;
    try (ResultSet keys = leads.getGeneratedKeys()) {
      while (keys.next()) {
        long leadId = keys.getLong(1);
        List<LeadDraft.Phone> numbers = pendingLeads.get(i++).phones();
        for (int position = 1; position < numbers.size(); position++) {
          LeadDraft.Phone phone = numbers.get(position);
          phones.setLong(1, leadId);
          phones.setInt(2, position + 1);
          extraPhones++;
          phones.setString(3, phone.kind().name());
          phones.setString(4, phone.e164());
          phones.setString(5, phone.type());
          phones.addBatch();
        }
      }
    }
    if (i != pendingLeads.size()) {
      throw new SQLException(
          "the database returned " + i + " keys for " + pendingLeads.size() + " leads");
    }
    if (extraPhones > 0) {
      phones.executeBatch();
    }
  }

  /** Drops what the batch in flight wrote; used before the import is discarded. */
  public void rollback() throws SQLException {
    try {
      awaitInFlight();
    } catch (SQLException | RuntimeException e) {
      // The import is failing already; the batch's own failure adds nothing.
    }
    connection.rollback();
  }

  @Override
  public void close() throws SQLException {
    io.shutdown();
    try {
      leads.close();
      phones.close();
      rejections.close();
      progress.close();
    } finally {
      connection.close();
    }
  }
}
