package org.blenddialer.core.leads;

/** The character encodings a lead file may come in, with the Java charset name of each. */
public enum TextEncoding {
  UTF_8("UTF-8"),
  UTF_16LE("UTF-16LE"),
  UTF_16BE("UTF-16BE"),
  /** Also read for ISO-8859-1 files: the two agree on every printable Latin-1 character. */
  WINDOWS_1252("windows-1252");

  private final String charsetName;

  TextEncoding(String charsetName) {
    this.charsetName = charsetName;
  }

  /** The name {@code java.nio.charset.Charset.forName} knows it by. */
  public String charsetName() {
    return charsetName;
  }
}
