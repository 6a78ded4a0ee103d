package org.blenddialer.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages the UI speaks, each named in its own language. */
public enum UiLanguage {
  EN("en", "English"),
  DA("da", "Dansk"),
  SV("sv", "Svenska"),
  FI("fi", "Suomi"),
  RU("ru", "Русский");

  private final String tag;
  private final String nativeName;

  UiLanguage(String tag, String nativeName) {
    this.tag = tag;
    this.nativeName = nativeName;
  }

  /** The IETF language tag, e.g. {@code da}. */
  public String tag() {
    return tag;
  }

  /** The language's name in itself, e.g. Dansk. */
  public String nativeName() {
    return nativeName;
  }

  /** The locale that formats dates and numbers for this language. */
  public Locale locale() {
    return Locale.forLanguageTag(tag);
  }

  /** The language with this tag, if the UI speaks it. */
  public static Optional<UiLanguage> ofTag(String tag) {
    if (tag == null) {
      return Optional.empty();
    }
    return Arrays.stream(values()).filter(l -> l.tag.equalsIgnoreCase(tag.trim())).findFirst();
  }

  /** The best language for a browser's Accept-Language header; English when none fits. */
  public static UiLanguage fromAcceptLanguage(String header) {
    if (header == null || header.isBlank()) {
      return EN;
    }
    try {
      List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
      List<Locale> supported = Arrays.stream(values()).map(UiLanguage::locale).toList();
      Locale best = Locale.lookup(ranges, supported);
      return best == null ? EN : ofTag(best.getLanguage()).orElse(EN);
    } catch (IllegalArgumentException malformed) {
      return EN;
    }
  }
}
