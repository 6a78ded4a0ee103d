package org.blenddialer.core.campaign;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An agent's call script with lead fields filled in: {@code {{firstName}}} is replaced by the
 * lead's value; {@code {{city|your city}}} falls back to the text after the bar when the lead has
 * no value. Unknown fields with no fallback become empty.
 *
 * @param text the script as the campaign manager wrote it
 */
public record ScriptTemplate(String text) {

  private static final Pattern FIELD =
      Pattern.compile("\\{\\{\\s*([A-Za-z0-9_.]+)\\s*(?:\\|([^}]*))?}}");

  public ScriptTemplate {
    text = text == null ? "" : text;
  }

  /** The script with the lead's fields filled in. */
  public String render(Map<String, String> fields) {
    Matcher m = FIELD.matcher(text);
    StringBuilder out = new StringBuilder(text.length() + 64);
    while (m.find()) {
      String value = fields.get(m.group(1));
      if (value == null || value.isBlank()) {
        value = m.group(2) == null ? "" : m.group(2);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
