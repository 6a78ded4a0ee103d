package org.blenddialer.leads.service;

import org.blenddialer.core.leads.RejectReason;

/**
 * One line of the import report: a row that did not become a lead.
 *
 * @param line the physical line of the file (the row number in a workbook)
 * @param field the column that was wrong, or null when the whole row was
 * @param rawValue the value as written in the file
 * @param reason the reason code
 * @param detail the reason in words
 */
public record Rejection(
    long line, String field, String rawValue, RejectReason reason, String detail)
    implements RowOutcome {

  /** A rejection whose detail is the reason's own description. */
  public static Rejection of(long line, String field, String rawValue, RejectReason reason) {
    return new Rejection(line, field, rawValue, reason, reason.description());
  }
}
