package org.blenddialer.core.leads;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Builds a column mapping from a file's header names when the manager gives none: common names in
 * English, the Nordic languages, German, Finnish and Russian. Every other column is kept as a
 * custom field.
 */
public final class HeaderGuess {

  private static final Set<String> MOBILE =
      Set.of(
          "mobile",
          "mobil",
          "cell",
          "cellphone",
          "mobilephone",
          "mobiltelefon",
          "mobilnummer",
          "mobilnr",
          "handy",
          "matkapuhelin",
          "gsm",
          "мобильный",
          "мобильныйтелефон",
          "сотовый");
  private static final Set<String> HOME =
      Set.of(
          "home",
          "homephone",
          "landline",
          "fastnet",
          "hjem",
          "hem",
          "hemtelefon",
          "privat",
          "koti",
          "festnetz",
          "домашний");
  private static final Set<String> WORK =
      Set.of("work", "workphone", "office", "arbejde", "arbete", "arbeit", "työ", "рабочий");
  private static final Set<String> PHONE =
      Set.of(
          "phone",
          "phonenumber",
          "telephone",
          "tel",
          "telefon",
          "telefonnummer",
          "telefonnr",
          "tlf",
          "puhelin",
          "puhelinnumero",
          "number",
          "телефон",
          "номер",
          "номертелефона");
  private static final Set<String> NAME =
      Set.of("name", "fullname", "navn", "namn", "nimi", "contact", "kontakt", "фио", "имя");
  private static final Set<String> FIRST_NAME =
      Set.of("firstname", "fornavn", "förnamn", "etunimi", "vorname", "givenname");
  private static final Set<String> LAST_NAME =
      Set.of(
          "lastname",
          "surname",
          "efternavn",
          "efternamn",
          "sukunimi",
          "nachname",
          "familyname",
          "фамилия");
  private static final Set<String> POSTAL =
      Set.of(
          "postalcode",
          "postcode",
          "zip",
          "zipcode",
          "postnummer",
          "postnr",
          "postinumero",
          "plz",
          "индекс",
          "почтовыйиндекс");
  private static final Set<String> COUNTRY =
      Set.of("country", "countrycode", "land", "maa", "страна");
  private static final Set<String> TIME_ZONE =
      Set.of("timezone", "tz", "tidszon", "tidszone", "aikavyöhyke", "часовойпояс");

  private HeaderGuess() {}

  /** A mapping guessed from the headers; fails when no column looks like a phone number. */
  public static ColumnMapping fromHeaders(List<String> headers) {
    List<PhoneColumn> phones = new ArrayList<>();
    List<ColumnRef> name = new ArrayList<>();
    ColumnRef first = null;
    ColumnRef last = null;
    ColumnRef postal = null;
    ColumnRef country = null;
    ColumnRef zone = null;
    List<String> names = ColumnMapping.uniqueNames(headers);
    for (int i = 0; i < headers.size(); i++) {
      String key = key(headers.get(i));
      ColumnRef ref = new ColumnRef(null, i + 1);
      if (MOBILE.contains(key)) {
        phones.add(new PhoneColumn(ref, PhoneKind.MOBILE));
      } else if (HOME.contains(key)) {
        phones.add(new PhoneColumn(ref, PhoneKind.HOME));
      } else if (WORK.contains(key)) {
        phones.add(new PhoneColumn(ref, PhoneKind.WORK));
      } else if (PHONE.contains(key)) {
        phones.add(new PhoneColumn(ref, PhoneKind.OTHER));
      } else if (NAME.contains(key) && name.isEmpty()) {
        name.add(ref);
      } else if (FIRST_NAME.contains(key) && first == null) {
        first = ref;
      } else if (LAST_NAME.contains(key) && last == null) {
        last = ref;
      } else if (POSTAL.contains(key) && postal == null) {
        postal = ref;
      } else if (COUNTRY.contains(key) && country == null) {
        country = ref;
      } else if (TIME_ZONE.contains(key) && zone == null) {
        zone = ref;
      }
    }
    if (phones.isEmpty()) {
      throw new InvalidMappingException(
          "no column looks like a phone number; give a mapping. The columns are " + names);
    }
    if (name.isEmpty()) {
      if (first != null) {
        name.add(first);
      }
      if (last != null) {
        name.add(last);
      }
    }
    return new ColumnMapping(phones, name, postal, country, zone, List.of(), true);
  }

  private static String key(String header) {
    StringBuilder key = new StringBuilder(header.length());
    for (char ch : header.toLowerCase(Locale.ROOT).toCharArray()) {
      if (Character.isLetterOrDigit(ch)) {
        key.append(ch);
      }
    }
    return key.toString();
  }
}
