package org.blenddialer.telephony;

import org.blenddialer.platform.error.DomainException;

/** The PBX answered a command with an error (its own words are the detail). */
public final class PbxCommandRejectedException extends DomainException {

  public PbxCommandRejectedException(String server, String command, String message) {
    super(
        502,
        "pbx-rejected",
        "PBX rejected the command",
        "PBX server '" + server + "' refused " + command + ": " + message);
  }
}
