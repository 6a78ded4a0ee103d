package org.blenddialer.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Every screen text in every UI language, read once from {@code web/i18n/messages_*.properties}
 * (UTF-8). A key missing from a translation falls back to English; a test keeps them complete.
 */
@ApplicationScoped
public class MessageCatalog {

  private final Map<UiLanguage, Map<String, String>> byLanguage = new EnumMap<>(UiLanguage.class);
  private final Map<UiLanguage, Map<String, String>> forTemplates = new EnumMap<>(UiLanguage.class);

  MessageCatalog() {
    Map<String, String> english = read(UiLanguage.EN);
    for (UiLanguage language : UiLanguage.values()) {
      Map<String, String> merged = new HashMap<>(english);
      if (language != UiLanguage.EN) {
        merged.putAll(read(language));
      }
      byLanguage.put(language, Map.copyOf(merged));
      Map<String, String> underscored = new HashMap<>();
      merged.forEach((k, v) -> underscored.put(k.replace('.', '_'), v));
      forTemplates.put(language, Map.copyOf(underscored));
    }
  }

  /** All texts of a language, by key. */
  public Map<String, String> texts(UiLanguage language) {
    return byLanguage.get(language);
  }

  /** All texts of a language with '.' in keys written '_', as templates name them: m.nav_logout. */
  public Map<String, String> templateTexts(UiLanguage language) {
    return forTemplates.get(language);
  }

  /** One text; the key itself when it is unknown, so a gap shows instead of failing a page. */
  public String text(UiLanguage language, String key) {
    return byLanguage.get(language).getOrDefault(key, key);
  }

  /** The raw entries of one bundle file, for the completeness test. */
  public static Map<String, String> read(UiLanguage language) {
    String name = "web/i18n/messages_" + language.tag() + ".properties";
    try (InputStream in = MessageCatalog.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Message bundle " + name + " is missing");
      }
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> texts = new HashMap<>();
      properties.stringPropertyNames().forEach(k -> texts.put(k, properties.getProperty(k)));
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
