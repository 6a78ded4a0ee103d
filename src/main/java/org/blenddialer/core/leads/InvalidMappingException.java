package org.blenddialer.core.leads;

/** The column mapping does not fit the file: the import stops and keeps nothing. */
public final class InvalidMappingException extends RuntimeException {

  public InvalidMappingException(String message) {
    super(message);
  }
}
