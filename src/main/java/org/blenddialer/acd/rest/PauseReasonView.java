package org.blenddialer.acd.rest;

import org.blenddialer.acd.persistence.PauseReason;

/**
 * A pause reason as the API shows it.
 *
 * @param id reason id
 * @param code stable code
 * @param label text agents see
 * @param paid whether the pause counts as paid time
 * @param maxMinutes longest expected pause, null for no limit
 * @param active whether agents may choose it
 */
public record PauseReasonView(
    long id, String code, String label, boolean paid, Integer maxMinutes, boolean active) {

  /** Maps a reason to its view. */
  public static PauseReasonView of(PauseReason r) {
    return new PauseReasonView(r.id, r.code, r.label, r.paid, r.maxMinutes, r.active);
  }
}
