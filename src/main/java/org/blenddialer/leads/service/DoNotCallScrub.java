package org.blenddialer.leads.service;

/**
 * The do-not-call scrub an import runs on every number: the seam where the compliance area's DNC
 * index plugs in (its bean replaces the default, which answers from leads already marked
 * do-not-call). The dial-time compliance check stays the authority; the scrub only keeps listed
 * numbers out of new lists.
 */
public interface DoNotCallScrub {

  /** Prepares the check for one import of a campaign; called once, off the request thread. */
  Check prepare(long campaignId) throws Exception;

  /** Answers for the numbers of one import. */
  interface Check {
    /** Whether the number (E.164) may not be called. */
    default boolean listed(String e164) {
      return listedOn(e164) != null;
    }

    /** The list that has the number (E.164), e.g. {@code internal}; null when none has it. */
    String listedOn(String e164);
  }
}
