package org.blenddialer.audit.rest;

import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.blenddialer.audit.service.AuditQuery;
import org.blenddialer.platform.error.InvalidInputProblem;

/** The search filter shared by the audit search and its exports, read from the query string. */
public class AuditFilter {

  /** E.164 number the record is about. */
  @QueryParam("number")
  String number;

  /** Campaign id. */
  @QueryParam("campaign")
  String campaign;

  /** Earliest time, ISO-8601 instant. */
  @QueryParam("from")
  String from;

  /** Latest time, ISO-8601 instant. */
  @QueryParam("to")
  String to;

  /** Decision, e.g. ALLOW or DENY. */
  @QueryParam("decision")
  String decision;

  /** Rule id that decided. */
  @QueryParam("rule")
  String rule;

  /** Action, e.g. dial.decision or user.created. */
  @QueryParam("action")
  String action;

  /** Most records to return. */
  @QueryParam("limit")
  int limit;

  /** The filter as a search query; a malformed time is a problem naming its field. */
  AuditQuery toQuery() {
    return new AuditQuery(
        blankToNull(number),
        blankToNull(campaign),
        instant("from", from),
        instant("to", to),
        blankToNull(decision),
        blankToNull(rule),
        blankToNull(action),
        limit);
  }

  private static Instant instant(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw InvalidInputProblem.ofField(field, "an ISO-8601 instant, e.g. 2026-11-23T12:00:00Z");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
