package org.blenddialer.leads.service;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.blenddialer.core.leads.ImportState;
import org.blenddialer.leads.persistence.Lead;
import org.blenddialer.leads.persistence.LeadImport;
import org.blenddialer.leads.persistence.LeadList;
import org.blenddialer.platform.error.ConflictProblem;
import org.blenddialer.platform.error.NotFoundProblem;

/** Reads lead lists, their leads, import jobs and import reports. */
@ApplicationScoped
public class LeadListService {

  private final DataSource dataSource;

  LeadListService(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The lists of a campaign (all lists when campaignId is null), newest first. */
  @Transactional
  public List<LeadList> lists(Long campaignId) {
    Sort newest = Sort.descending("id");
    return campaignId == null
        ? LeadList.listAll(newest)
        : LeadList.list("campaignId", newest, campaignId.longValue());
  }

  /** One list. */
  @Transactional
  public LeadList list(long id) {
    LeadList list = LeadList.findById(id);
    if (list == null) {
      throw new NotFoundProblem("Lead list", id);
    }
    return list;
  }

  /** A page of a list's leads in file order, with their numbers. */
  @Transactional
  public List<Lead> leads(long listId, int offset, int limit) {
    list(listId);
    List<Lead> leads =
        Lead.<Lead>find("listId", Sort.ascending("lineNumber"), listId)
            .range(offset, offset + limit - 1)
            .list();
    // The numbers are read here, inside the transaction, for the caller to map.
    leads.forEach(lead -> lead.otherPhones.size());
    return leads;
  }

  /** One import job. */
  @Transactional
  public LeadImport job(long id) {
    LeadImport job = LeadImport.findById(id);
    if (job == null) {
      throw new NotFoundProblem("Lead import", id);
    }
    return job;
  }

  /** The latest import jobs, newest first. */
  @Transactional
  public List<LeadImport> jobs(int limit) {
    return LeadImport.findAll(Sort.descending("id")).page(Page.ofSize(limit)).list();
  }

  /**
   * Writes the report of a completed import as CSV (line, field, value, reason, detail), read from
   * the database as a stream so that a large report never sits in memory.
   */
  public void writeReport(long importId, Writer out) throws IOException, SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement query =
            c.prepareStatement(
                "SELECT line_number, field, raw_value, reason, detail FROM lead_import_rejection"
                    + " WHERE import_id = ? ORDER BY line_number, seq",
                ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
      query.setFetchSize(Integer.MIN_VALUE);
      query.setLong(1, importId);
      CSVPrinter csv =
          new CSVPrinter(
              out,
              CSVFormat.DEFAULT
                  .builder()
                  .setHeader("line", "field", "value", "reason", "detail")
                  .get());
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          csv.printRecord(
              rows.getLong(1),
              rows.getString(2),
              rows.getString(3),
              rows.getString(4),
              rows.getString(5));
        }
      }
      csv.flush();
    }
  }

  /**
   * One line of an import report as stored.
   *
   * @param line the line of the file
   * @param field the column, or null for the whole row
   * @param rawValue the value as written in the file
   * @param reason the reason code (a {@link org.blenddialer.core.leads.RejectReason} name)
   * @param detail the reason in words
   */
  public record ReportLine(
      long line, String field, String rawValue, String reason, String detail) {}

  /**
   * Hands the report lines of an import, in file order, to {@code sink}, streamed from the
   * database; at most {@code limit} lines (0 for all).
   */
  public void forEachReportLine(long importId, int limit, Consumer<ReportLine> sink)
      throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement query =
            c.prepareStatement(
                "SELECT line_number, field, raw_value, reason, detail FROM lead_import_rejection"
                    + " WHERE import_id = ? ORDER BY line_number, seq"
                    + (limit > 0 ? " LIMIT " + limit : ""),
                ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
      query.setFetchSize(Integer.MIN_VALUE);
      query.setLong(1, importId);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          sink.accept(
              new ReportLine(
                  rows.getLong(1),
                  rows.getString(2),
                  rows.getString(3),
                  rows.getString(4),
                  rows.getString(5)));
        }
      }
    }
  }

  /** Checks that the import has a report to give. */
  @Transactional
  public LeadImport reportable(long importId) {
    LeadImport job = job(importId);
    ImportState state = ImportState.valueOf(job.state);
    if (state == ImportState.FAILED) {
      throw new ConflictProblem(
          "import " + importId + " failed and kept nothing, so it has no report: " + job.problem);
    }
    if (!state.finished()) {
      throw new ConflictProblem(
          "import " + importId + " is still running; its report comes at the end");
    }
    return job;
  }
}
