package org.blenddialer.acd;

import java.util.Locale;

/** How app_queue picks the member to ring, with Asterisk's own names. */
public enum QueueStrategy {
  /** Ring every available member until one answers. */
  RINGALL,
  /** Ring the member who least recently took a call from this queue. */
  LEASTRECENT,
  /** Ring the member with the fewest completed calls from this queue. */
  FEWESTCALLS,
  /** Round robin, remembering where it left off. */
  RRMEMORY,
  /** Ring a random member. */
  RANDOM,
  /** Ring members in the order they are listed. */
  LINEAR,
  /** Random, weighted by penalty. */
  WRANDOM;

  /** The name queues.conf and AMI use. */
  public String asteriskName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
