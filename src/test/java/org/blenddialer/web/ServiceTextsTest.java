package org.blenddialer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.blenddialer.platform.error.FieldError;
import org.junit.jupiter.api.Test;

/** The services' English messages reach the screen in the user's language. */
class ServiceTextsTest {

  private final MessageCatalog catalog = new MessageCatalog();

  private String in(UiLanguage language, String message) {
    return ServiceTexts.of(message, key -> catalog.text(language, key));
  }

  @Test
  void knownMessagesAreTranslatedWithTheirValues() {
    assertThat(in(UiLanguage.DA, "must be at least 10 characters"))
        .isEqualTo("skal være mindst 10 tegn");
    assertThat(in(UiLanguage.FI, "A user named 'kim' already exists"))
        .isEqualTo("Käyttäjä 'kim' on jo olemassa");
    assertThat(in(UiLanguage.RU, "not a valid phone number: 12"))
        .isEqualTo("недействительный номер телефона: 12");
    assertThat(in(UiLanguage.SV, "Lead import 5 does not exist"))
        .isEqualTo("Leadimport 5 finns inte");
  }

  @Test
  void englishStaysEnglishAndUnknownMessagesStayAsTheyAre() {
    assertThat(in(UiLanguage.EN, "must be at least 10 characters"))
        .isEqualTo("must be at least 10 characters");
    assertThat(in(UiLanguage.DA, "something no pattern knows"))
        .isEqualTo("something no pattern knows");
  }

  @Test
  void fieldErrorsKeepTheirFields() {
    List<FieldError> translated =
        ServiceTexts.of(
            List.of(
                new FieldError("defaultCountry", "must be an ISO 3166 two-letter country code")),
            key -> catalog.text(UiLanguage.DA, key));
    assertThat(translated)
        .containsExactly(
            new FieldError("defaultCountry", "skal være en tobogstavs ISO 3166-landekode"));
  }
}
