package org.blenddialer.core.leads;

/** Writes a lead's custom fields as a JSON object, skipping empty values. */
public final class CustomFieldsJson {

  private CustomFieldsJson() {}

  /** The JSON object of the names and values (same length), or null when all are empty. */
  public static String write(String[] names, String[] values) {
    StringBuilder json = null;
    for (int i = 0; i < names.length; i++) {
      String value = values[i];
      if (value == null || value.isEmpty()) {
        continue;
      }
      json = json == null ? new StringBuilder("{") : json.append(',');
      quote(json, names[i]);
      json.append(':');
      quote(json, value);
    }
    return json == null ? null : json.append('}').toString();
  }

  private static void quote(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      switch (ch) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (ch < 0x20) {
            out.append(String.format("\\u%04x", (int) ch));
          } else {
            out.append(ch);
          }
        }
      }
    }
    out.append('"');
  }
}
