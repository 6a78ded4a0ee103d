package org.blenddialer.telephony;

/** Where a link to one PBX server stands; only READY may originate. */
public enum LinkState {
  /** Not connected; reconnecting with backoff. */
  DISCONNECTED,
  /** Logging in. */
  CONNECTING,
  /** Logged in, rebuilding state from the PBX (channels, queues) before trusting events. */
  SYNCING,
  /** Connected and re-synced. */
  READY
}
