package org.blenddialer.simulation;

/** A scenario file that cannot be read or says something invalid; the message names the field. */
public class ScenarioFileException extends RuntimeException {

  public ScenarioFileException(String message) {
    super(message);
  }

  public ScenarioFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
