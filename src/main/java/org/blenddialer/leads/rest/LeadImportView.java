package org.blenddialer.leads.rest;

import java.time.Instant;
import org.blenddialer.leads.persistence.LeadImport;

/**
 * An import job as the API shows it, with its live progress.
 *
 * @param id the job
 * @param listId the list it fills (null once a failed import removed it)
 * @param campaignId the campaign
 * @param sourceName the file name (upload) or path (server-side import)
 * @param state QUEUED, RUNNING, COMPLETED or FAILED
 * @param fileFormat how the file was read, e.g. "CSV windows-1252 semicolon" or "XLSX"
 * @param rowsRead rows read so far (blank lines and the header row not counted)
 * @param rowsAccepted rows that became leads
 * @param rowsRejected rows in the report
 * @param problem why it failed, when it did
 * @param createdBy who started it
 * @param createdAt when it was started
 * @param startedAt when reading began
 * @param finishedAt when it completed or failed
 */
public record LeadImportView(
    long id,
    Long listId,
    long campaignId,
    String sourceName,
    String state,
    String fileFormat,
    long rowsRead,
    long rowsAccepted,
    long rowsRejected,
    String problem,
    String createdBy,
    Instant createdAt,
    Instant startedAt,
    Instant finishedAt) {

  /** The view of a stored job. */
  public static LeadImportView of(LeadImport job) {
    return new LeadImportView(
        job.id,
        job.listId,
        job.campaignId,
        job.sourceName,
        job.state,
        job.fileFormat,
        job.rowsRead,
        job.rowsAccepted,
        job.rowsRejected,
        job.problem,
        job.createdBy,
        job.createdAt,
        job.startedAt,
        job.finishedAt);
  }
}
