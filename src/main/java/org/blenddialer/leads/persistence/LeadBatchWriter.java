package org.blenddialer.leads.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
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
   * Leads and their further numbers go as multi-row INSERTs written as text ({@link SqlText}); what
   * is the same for every lead of the import (list, campaign, status, times) is written once per
   * row as numbers, a constant and a formatted instant.
   */
  private static final String INSERT_LEAD =
      "INSERT INTO lead (list_id, campaign_id, line_number, name, postal_code, country,"
          + " phone_e164, phone_kind, phone_type, time_zone, time_zone_source, custom_fields,"
          + " status, priority, next_call_at, created_at) VALUES ";

  private static final String INSERT_PHONE =
      "INSERT INTO lead_phone (lead_id, position, kind, e164, number_type) VALUES ";

  /**
   * A statement grows to about this many characters before it is sent (under max_allowed_packet).
   */
  private static final int MAX_STATEMENT_CHARS = 2_000_000;

  private static final DateTimeFormatter DATETIME_6 =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);

  private static final String INSERT_REJECTION =
      "INSERT INTO lead_import_rejection (import_id, line_number, seq, field, raw_value, reason,"
          + " detail) VALUES (?, ?, ?, ?, ?, ?, ?)";
  private static final String PROGRESS =
      "UPDATE lead_import SET rows_read = ?, rows_accepted = ?, rows_rejected = ? WHERE id = ?";

  private final Connection connection;
  private final long listId;
  private final long campaignId;
  private final long importId;
  private final SqlText text;
  private final String leadConstants;
  private final Statement inserts;
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
    text = SqlText.of(connection);
    leadConstants = ",'" + LeadStatus.READY.name() + "',0,'" + at + "','" + at + "')";
    inserts = connection.createStatement();
    // The statements are SQL text we wrote ourselves, with no JDBC escapes: without this the
    // driver scans every multi-row INSERT for them (custom fields are JSON, full of braces).
    inserts.setEscapeProcessing(false);
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

  private void writeLeads(List<LeadDraft> batch) throws SQLException {
    long[] ids = new long[batch.size()];
    StringBuilder sql = new StringBuilder(256 * batch.size() + INSERT_LEAD.length());
    int first = 0;
    while (first < batch.size()) {
      sql.setLength(0);
      sql.append(INSERT_LEAD);
      int end = first;
      while (end < batch.size() && (end == first || sql.length() < MAX_STATEMENT_CHARS)) {
        if (end > first) {
          sql.append(',');
        }
        appendLead(sql, batch.get(end));
        end++;
      }
      inserts.executeUpdate(sql.toString(), Statement.RETURN_GENERATED_KEYS);
      int i = first;
      try (ResultSet keys = inserts.getGeneratedKeys()) {
        while (keys.next() && i < end) {
          ids[i++] = keys.getLong(1);
        }
      }
      if (i != end) {
        throw new SQLException(
            "the database returned " + (i - first) + " keys for " + (end - first) + " leads");
      }
      first = end;
    }
    sql.setLength(0);
    for (int i = 0; i < batch.size(); i++) {
      List<LeadDraft.Phone> numbers = batch.get(i).phones();
      for (int position = 1; position < numbers.size(); position++) {
        LeadDraft.Phone phone = numbers.get(position);
        sql.append(sql.length() == 0 ? INSERT_PHONE : ",").append('(').append(ids[i]);
        sql.append(',').append(position + 1).append(',');
        text.string(sql, phone.kind().name());
        sql.append(',');
        text.string(sql, phone.e164());
        sql.append(',');
        text.string(sql, phone.type());
        sql.append(')');
        if (sql.length() >= MAX_STATEMENT_CHARS) {
          inserts.executeUpdate(sql.toString());
          sql.setLength(0);
        }
      }
    }
    if (sql.length() > 0) {
      inserts.executeUpdate(sql.toString());
    }
  }

  private void appendLead(StringBuilder sql, LeadDraft lead) {
    LeadDraft.Phone main = lead.main();
    sql.append('(').append(listId).append(',').append(campaignId).append(',').append(lead.line());
    sql.append(',');
    text.string(sql, lead.name());
    sql.append(',');
    text.string(sql, lead.postalCode());
    sql.append(',');
    text.string(sql, lead.country());
    sql.append(',');
    text.string(sql, main.e164());
    sql.append(',');
    text.string(sql, main.kind().name());
    sql.append(',');
    text.string(sql, main.type());
    sql.append(',');
    text.string(sql, lead.timeZone().zoneId());
    sql.append(',');
    text.string(sql, lead.timeZone().source().name());
    sql.append(',');
    text.string(sql, lead.customFields());
    sql.append(leadConstants);
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
      inserts.close();
      rejections.close();
      progress.close();
    } finally {
      connection.close();
    }
  }
}
