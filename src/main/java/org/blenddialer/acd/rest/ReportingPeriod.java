package org.blenddialer.acd.rest;

import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import org.blenddialer.platform.error.InvalidInputProblem;

/** The [from, to) period of a KPI query: today (UTC) so far unless the caller gives instants. */
public final class ReportingPeriod {

  private ReportingPeriod() {}

  /** The start: the given ISO instant, or the start of today (UTC). */
  public static Instant from(InstantSource clock, String text) {
    return text == null || text.isBlank()
        ? clock.instant().truncatedTo(ChronoUnit.DAYS)
        : parse("from", text);
  }

  /** The end (exclusive): the given ISO instant, or just after now. */
  public static Instant to(InstantSource clock, String text) {
    return text == null || text.isBlank() ? clock.instant().plusMillis(1) : parse("to", text);
  }

  private static Instant parse(String field, String text) {
    try {
      return Instant.parse(text);
    } catch (RuntimeException e) {
      throw InvalidInputProblem.ofField(field, "an ISO instant like 2026-11-23T08:00:00Z");
    }
  }
}
