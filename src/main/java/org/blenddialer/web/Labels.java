package org.blenddialer.web;

import io.quarkus.qute.TemplateData;
import java.util.Map;

/** Names of enum values (roles, modes, states) in the user's language: {@code t.of('role', r)}. */
@TemplateData
public final class Labels {

  private final Map<String, String> texts;

  public Labels(Map<String, String> texts) {
    this.texts = texts;
  }

  /** The text of {@code prefix.value}, or the value itself when it has no translation. */
  public String of(String prefix, Object value) {
    if (value == null) {
      return "";
    }
    String key = prefix + "." + value;
    return texts.getOrDefault(key, String.valueOf(value));
  }

  /** A text by key. */
  public String text(String key) {
    return texts.getOrDefault(key, key);
  }
}
