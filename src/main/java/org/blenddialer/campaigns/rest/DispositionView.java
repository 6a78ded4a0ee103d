package org.blenddialer.campaigns.rest;

import org.blenddialer.campaigns.persistence.Disposition;
import org.blenddialer.core.campaign.DispositionMeaning;

/**
 * A disposition as the API shows it.
 *
 * @param id disposition id
 * @param code stable code
 * @param label text agents see
 * @param meaning what it means
 * @param finalForLead whether the lead needs no further call after it
 * @param active whether agents may choose it
 */
public record DispositionView(
    long id,
    String code,
    String label,
    DispositionMeaning meaning,
    boolean finalForLead,
    boolean active) {

  /** Maps a disposition to its view. */
  public static DispositionView of(Disposition d) {
    return new DispositionView(
        d.id, d.code, d.label, d.meaning, d.meaning.finalForLead(), d.active);
  }
}
