package org.blenddialer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every screen text exists, translated, in every UI language. */
class MessageBundlesTest {

  private static final Pattern TEMPLATE_KEY = Pattern.compile("\\bm\\.([A-Za-z0-9_]+)");
  private static final Pattern JAVA_KEY = Pattern.compile("text\\(\"([A-Za-z0-9_.]+)\"\\)");

  @ParameterizedTest
  @EnumSource(UiLanguage.class)
  void everyLanguageHasEveryKeyAndNoEmptyText(UiLanguage language) {
    Map<String, String> english = MessageCatalog.read(UiLanguage.EN);
    Map<String, String> texts = MessageCatalog.read(language);
    assertThat(texts.keySet()).as(language + " keys").isEqualTo(english.keySet());
    assertThat(texts.values()).as(language + " texts").allMatch(v -> !v.isBlank());
  }

  @ParameterizedTest
  @EnumSource(
      value = UiLanguage.class,
      names = {"DA", "SV", "FI", "RU"})
  void translationsAreTranslatedNotCopied(UiLanguage language) {
    Map<String, String> english = MessageCatalog.read(UiLanguage.EN);
    Map<String, String> texts = MessageCatalog.read(language);
    long copied =
        english.keySet().stream().filter(k -> english.get(k).equals(texts.get(k))).count();
    // A few words are the same in both (Status, Agent, Trunk, Power): far fewer than a tenth.
    assertThat(copied).as(language + " texts identical to English").isLessThan(english.size() / 10);
  }

  @Test
  void everyKeyThePagesUseExists() throws IOException {
    Set<String> known = MessageCatalog.read(UiLanguage.EN).keySet();
    Set<String> used = new HashSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
        Matcher m = TEMPLATE_KEY.matcher(Files.readString(file));
        while (m.find()) {
          used.add(m.group(1).replace('_', '.'));
        }
      }
    }
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/blenddialer/web"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = JAVA_KEY.matcher(Files.readString(file));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    assertThat(used).isNotEmpty();
    assertThat(known).containsAll(used);
  }
}
