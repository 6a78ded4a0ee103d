package org.blenddialer.core.campaign;

/** What a disposition means for the lead and for the figures. */
public enum DispositionMeaning {
  /** A conversion (sale, appointment) or an inbound issue resolved. */
  SUCCESS(true),
  /** Call the lead again at an agreed time. */
  CALLBACK(false),
  /** Reached, not interested: done. */
  NOT_INTERESTED(true),
  /** The person asked not to be called: done, and onto the internal DNC list. */
  DO_NOT_CALL(true),
  /** The number does not reach this person: done for this number. */
  WRONG_NUMBER(true),
  /** Reached but not finished (inbound: not resolved on first contact). */
  UNRESOLVED(false);

  private final boolean finalForLead;

  DispositionMeaning(boolean finalForLead) {
    this.finalForLead = finalForLead;
  }

  /** Whether the lead needs no further call after this disposition. */
  public boolean finalForLead() {
    return finalForLead;
  }
}
