package org.blenddialer.leads.importing;

/** The file is not a lead file this import can read (not CSV or XLSX, or broken as a whole). */
public final class UnreadableLeadFileException extends RuntimeException {

  public UnreadableLeadFileException(String message) {
    super(message);
  }

  public UnreadableLeadFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
