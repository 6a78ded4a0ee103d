package org.blenddialer.core.compliance;

import java.time.Instant;
import java.util.Objects;

/**
 * The reassigned-numbers database's answer: was the number disconnected since {@code since}?
 *
 * @param queryId the database's query id, logged with the decision
 * @param since the date asked about (the consent date)
 * @param result YES, NO or NO_DATA; only NO gives safe harbor
 */
public record ReassignedAnswer(String queryId, Instant since, Result result) {

  /** The database's answer. */
  public enum Result {
    YES,
    NO,
    NO_DATA
  }

  public ReassignedAnswer {
    Objects.requireNonNull(queryId, "queryId");
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(result, "result");
  }
}
