package org.blenddialer.telephony;

import org.blenddialer.platform.error.DomainException;

/** The PBX link is down or not yet re-synced: nothing may be dialed or changed through it. */
public final class PbxUnavailableException extends DomainException {

  public PbxUnavailableException(String server, String state) {
    super(
        503,
        "pbx-unavailable",
        "PBX unavailable",
        "PBX server '" + server + "' is not ready (" + state + "): command refused");
  }
}
