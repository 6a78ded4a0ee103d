package org.blenddialer.core.leads;

/**
 * Where a lead stands in its campaign. An import writes READY leads (due at once); the hopper and
 * dispositions move them on. Stored by name in {@code lead.status} (at most 16 characters).
 */
public enum LeadStatus {
  /** Waiting to be called when {@code next_call_at} has passed. */
  READY,
  /** Claimed by the hopper for an attempt that has not ended yet. */
  DIALING,
  /** Finished: no further calls. */
  DONE,
  /** Replaced by a newer lead with the same number (duplicate policy KEEP_NEWEST). */
  SUPERSEDED,
  /** The person asked not to be called again; the import's do-not-call scrub reads these. */
  DO_NOT_CALL,
  /** Finished: the retry rules allow no further attempt. */
  EXHAUSTED,
  /** A callback anyone may make, due at {@code next_call_at}; comes before READY leads. */
  CALLBACK,
  /** A callback only the agent who asked for it makes (through preview). */
  CALLBACK_AGENT,
  /** Finished: compliance does not allow this campaign to call the lead (consent, dial mode). */
  BLOCKED;

  /** Whether the lead needs no further call. */
  public boolean isFinal() {
    return this == DONE
        || this == SUPERSEDED
        || this == DO_NOT_CALL
        || this == EXHAUSTED
        || this == BLOCKED;
  }
}
