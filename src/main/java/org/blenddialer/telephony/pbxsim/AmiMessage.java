package org.blenddialer.telephony.pbxsim;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One AMI message: header lines in the order they travel, as Asterisk writes them. */
public final class AmiMessage {

  /** One {@code Name: value} header. */
  public record Field(String name, String value) {}

  private final List<Field> fields = new ArrayList<>();

  /** Starts a reply of the given kind ({@code Response: Success}, {@code Event: Hangup}...). */
  public static AmiMessage of(String name, String value) {
    return new AmiMessage().add(name, value);
  }

  public AmiMessage add(String name, Object value) {
    fields.add(new Field(name, value == null ? "" : String.valueOf(value)));
    return this;
  }

  /** Adds the field only when a value is present, as Asterisk omits absent optional headers. */
  public AmiMessage addIfPresent(String name, String value) {
    if (value != null && !value.isEmpty()) {
      add(name, value);
    }
    return this;
  }

  public AmiMessage addAll(List<Field> more) {
    fields.addAll(more);
    return this;
  }

  public List<Field> fields() {
    return Collections.unmodifiableList(fields);
  }

  /** First value of a header, matched without regard to case as Asterisk does; null if absent. */
  public String get(String name) {
    for (Field f : fields) {
      if (f.name().equalsIgnoreCase(name)) {
        return f.value();
      }
    }
    return null;
  }

  /** Every value of a repeated header (Originate's {@code Variable:} lines). */
  public List<String> getAll(String name) {
    List<String> values = new ArrayList<>();
    for (Field f : fields) {
      if (f.name().equalsIgnoreCase(name)) {
        values.add(f.value());
      }
    }
    return values;
  }

  /** The wire form: CRLF after each line and a blank line at the end. */
  public byte[] encode() {
    StringBuilder sb = new StringBuilder(fields.size() * 32);
    for (Field f : fields) {
      sb.append(f.name()).append(": ").append(f.value()).append("\r\n");
    }
    sb.append("\r\n");
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return new String(encode(), StandardCharsets.UTF_8);
  }
}
