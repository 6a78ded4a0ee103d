package org.blenddialer.leads.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.blenddialer.core.leads.DuplicatePolicy;
import org.blenddialer.core.leads.ImportState;
import org.blenddialer.core.leads.LeadStatus;
import org.blenddialer.core.leads.ListState;
import org.blenddialer.core.leads.NumberIndex;

/**
 * The import's own SQL besides the row batches: creating the list and the job, reading the
 * campaign's numbers for dedupe, activating the list at the end, and discarding everything of an
 * import that failed.
 */
public final class LeadImportStore {

  private static final int DELETE_CHUNK = 5_000;
  private final DataSource dataSource;

  public LeadImportStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The database the import writes to. */
  public DataSource dataSource() {
    return dataSource;
  }

  /**
   * A new list (IMPORTING) and its job (QUEUED).
   *
   * @return the list id and the job id
   */
  public long[] createListAndJob(
      long campaignId,
      String name,
      String defaultCountry,
      DuplicatePolicy policy,
      String sourceName,
      String createdBy,
      Instant now)
      throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        long listId;
        try (PreparedStatement list =
            c.prepareStatement(
                "INSERT INTO lead_list (campaign_id, name, default_country, duplicate_policy,"
                    + " state, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
          list.setLong(1, campaignId);
          list.setString(2, name);
          list.setString(3, defaultCountry);
          list.setString(4, policy.name());
          list.setString(5, ListState.IMPORTING.name());
          list.setString(6, createdBy);
          list.setTimestamp(7, Timestamp.from(now));
          list.executeUpdate();
          listId = key(list);
        }
        long importId;
        try (PreparedStatement job =
            c.prepareStatement(
                "INSERT INTO lead_import (list_id, campaign_id, source_name, state, created_by,"
                    + " created_at) VALUES (?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
          job.setLong(1, listId);
          job.setLong(2, campaignId);
          job.setString(3, sourceName);
          job.setString(4, ImportState.QUEUED.name());
          job.setString(5, createdBy);
          job.setTimestamp(6, Timestamp.from(now));
          job.executeUpdate();
          importId = key(job);
        }
        c.commit();
        return new long[] {listId, importId};
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    }
  }

  /** Marks the job running and says how its file is read. */
  public void markRunning(long importId, String fileFormat, Instant now) throws SQLException {
    update(
        "UPDATE lead_import SET state = ?, file_format = ?, started_at = ? WHERE id = ?",
        ImportState.RUNNING.name(),
        fileFormat,
        Timestamp.from(now),
        importId);
  }

  /** Adds the main numbers of the campaign's dialable leads (active lists) to the index. */
  public void loadCampaignNumbers(long campaignId, NumberIndex into) throws SQLException {
    streamNumbers(
        "SELECT l.phone_e164 FROM lead l JOIN lead_list ll ON ll.id = l.list_id"
            + " WHERE l.campaign_id = ? AND ll.state = 'ACTIVE' AND l.status <> 'SUPERSEDED'",
        query -> query.setLong(1, campaignId),
        into);
  }

  /** Adds every number whose lead was marked do-not-call, in any campaign, to the index. */
  public void loadDoNotCallNumbers(NumberIndex into) throws SQLException {
    streamNumbers(
        "SELECT phone_e164 FROM lead WHERE status = ?",
        query -> query.setString(1, LeadStatus.DO_NOT_CALL.name()),
        into);
  }

  private interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  private void streamNumbers(String sql, Binder binder, NumberIndex into) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement query =
            c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
      // Connector/J streams row by row with this fetch size instead of loading all rows.
      query.setFetchSize(Integer.MIN_VALUE);
      binder.bind(query);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          into.putIfAbsent(NumberIndex.key(rows.getString(1)), 0);
        }
      }
    }
  }

  /**
   * Completes the import in one transaction: drops the rows a later row superseded, retires the
   * campaign's older waiting leads with the same numbers (KEEP_NEWEST), activates the list and
   * closes the job with its counts.
   */
  public void complete(
      long listId,
      long campaignId,
      long importId,
      List<Long> supersededLines,
      boolean retireOlderLeads,
      long read,
      long accepted,
      long rejected,
      Instant now)
      throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        deleteLines(c, listId, supersededLines);
        if (retireOlderLeads) {
          try (PreparedStatement retire =
              c.prepareStatement(
                  "UPDATE lead o JOIN lead n ON n.campaign_id = o.campaign_id"
                      + " AND n.phone_e164 = o.phone_e164"
                      + " SET o.status = 'SUPERSEDED'"
                      + " WHERE n.list_id = ? AND o.campaign_id = ? AND o.list_id <> ?"
                      + " AND o.status = 'READY'")) {
            retire.setLong(1, listId);
            retire.setLong(2, campaignId);
            retire.setLong(3, listId);
            retire.executeUpdate();
          }
        }
        Timestamp at = Timestamp.from(now);
        execute(
            c,
            "UPDATE lead_list SET state = ?, lead_count = ?, activated_at = ? WHERE id = ?",
            ListState.ACTIVE.name(),
            accepted,
            at,
            listId);
        execute(
            c,
            "UPDATE lead_import SET state = ?, rows_read = ?, rows_accepted = ?,"
                + " rows_rejected = ?, finished_at = ? WHERE id = ?",
            ImportState.COMPLETED.name(),
            read,
            accepted,
            rejected,
            at,
            importId);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    }
  }

  private static void deleteLines(Connection c, long listId, List<Long> lines) throws SQLException {
    try (PreparedStatement delete =
        c.prepareStatement("DELETE FROM lead WHERE list_id = ? AND line_number = ?")) {
      for (long line : lines) {
        delete.setLong(1, listId);
        delete.setLong(2, line);
        delete.addBatch();
      }
      delete.executeBatch();
    }
  }

  /**
   * Removes everything an import wrote (leads, numbers, report, list) in chunks, and marks its job
   * FAILED with the problem. The list was never active, so no dialer saw any of it.
   */
  public void discard(long listId, long importId, String problem, Instant now) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      deleteInChunks(c, "DELETE FROM lead WHERE list_id = ? LIMIT " + DELETE_CHUNK, listId);
      deleteInChunks(
          c,
          "DELETE FROM lead_import_rejection WHERE import_id = ? LIMIT " + DELETE_CHUNK,
          importId);
      execute(c, "DELETE FROM lead_list WHERE id = ? AND state = ?", listId, "IMPORTING");
      execute(
          c,
          "UPDATE lead_import SET state = ?, list_id = NULL, problem = ?, finished_at = ?"
              + " WHERE id = ?",
          ImportState.FAILED.name(),
          problem.length() > 1000 ? problem.substring(0, 997) + "..." : problem,
          Timestamp.from(now),
          importId);
    }
  }

  /** Jobs that a stopped service left queued or running: (job id, list id or 0). */
  public List<long[]> unfinished() throws SQLException {
    List<long[]> jobs = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement query =
            c.prepareStatement(
                "SELECT id, list_id FROM lead_import WHERE state IN ('QUEUED', 'RUNNING')");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        jobs.add(new long[] {rows.getLong(1), rows.getLong(2)});
      }
    }
    return jobs;
  }

  private static void deleteInChunks(Connection c, String sql, long id) throws SQLException {
    try (PreparedStatement delete = c.prepareStatement(sql)) {
      delete.setLong(1, id);
      while (delete.executeUpdate() > 0) {
        // Chunks keep each transaction small: a million-row delete would hold locks for long.
      }
    }
  }

  private void update(String sql, Object... args) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      execute(c, sql, args);
    }
  }

  private static void execute(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        statement.setObject(i + 1, args[i]);
      }
      statement.executeUpdate();
    }
  }

  private static long key(PreparedStatement insert) throws SQLException {
    try (ResultSet keys = insert.getGeneratedKeys()) {
      if (!keys.next()) {
        throw new SQLException("no generated key");
      }
      return keys.getLong(1);
    }
  }
}
