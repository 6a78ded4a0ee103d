package org.blenddialer.web.preferences;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.blenddialer.users.persistence.UserAccount;
import org.blenddialer.web.UiLanguage;

/** Remembers the language each user chose, so it follows them to any browser. */
@ApplicationScoped
public class UiPreferenceService {

  private final InstantSource clock;

  UiPreferenceService(InstantSource clock) {
    this.clock = clock;
  }

  /** The language the user chose, if they chose one. */
  @Transactional
  public Optional<UiLanguage> languageOf(String username) {
    UserAccount user = UserAccount.findByUsername(username);
    if (user == null) {
      return Optional.empty();
    }
    UiPreference preference = UiPreference.findById(user.id);
    return preference == null ? Optional.empty() : UiLanguage.ofTag(preference.language);
  }

  /** Stores the user's choice of language. */
  @Transactional
  public void chooseLanguage(String username, UiLanguage language) {
    UserAccount user = UserAccount.findByUsername(username);
    if (user == null) {
      return;
    }
    UiPreference preference = UiPreference.findById(user.id);
    if (preference == null) {
      preference = new UiPreference();
      preference.userId = user.id;
      preference.language = language.tag();
      preference.updatedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
      preference.persist();
    } else {
      preference.language = language.tag();
      preference.updatedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
  }
}
