package org.blenddialer.core.leads;

/**
 * What an import does with a lead whose number is already in the list or in another list of the
 * same campaign.
 */
public enum DuplicatePolicy {
  /** The first lead with a number stays; later ones are rejected as duplicates. */
  SKIP,
  /**
   * The newest lead with a number stays: an earlier row of the same file is reported as superseded
   * and dropped, and a waiting lead of another list of the campaign is retired (status SUPERSEDED).
   */
  KEEP_NEWEST,
  /** Every lead goes in, duplicates or not. */
  KEEP_ALL
}
