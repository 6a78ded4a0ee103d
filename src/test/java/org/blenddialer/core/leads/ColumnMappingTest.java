package org.blenddialer.core.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {

  @Test
  void guessesFieldsFromHeaderNamesInSeveralLanguages() {
    List<String> headers =
        List.of("Fornavn", "Efternavn", "Mobil", "Fastnet", "Postnr", "By", "Note", "Tidszone");
    ResolvedMapping mapping = HeaderGuess.fromHeaders(headers).resolve(headers);
    assertThat(mapping.phones()).containsExactly(2, 3);
    assertThat(mapping.phoneKinds()).containsExactly(PhoneKind.MOBILE, PhoneKind.HOME);
    assertThat(mapping.name()).containsExactly(0, 1);
    assertThat(mapping.postalCode()).isEqualTo(4);
    assertThat(mapping.timeZone()).isEqualTo(7);
    assertThat(mapping.customNames()).containsExactly("By", "Note");
  }

  @Test
  void duplicateHeadersBecomeNumberedCustomFields() {
    List<String> headers = List.of("Phone", "Note", "Note", "");
    ResolvedMapping mapping = HeaderGuess.fromHeaders(headers).resolve(headers);
    assertThat(mapping.customNames()).containsExactly("Note", "Note_2");
  }

  @Test
  void columnsByPositionWorkWithoutHeaders() {
    ColumnMapping mapping =
        new ColumnMapping(
            List.of(new PhoneColumn(ColumnRef.parse("#2"), PhoneKind.MOBILE)),
            List.of(ColumnRef.parse("#1")),
            null,
            null,
            null,
            List.of(ColumnRef.parse("#3")),
            true);
    ResolvedMapping resolved = mapping.resolve(null);
    assertThat(resolved.phones()).containsExactly(1);
    assertThat(resolved.customNames()).containsExactly("column_3");
    assertThat(resolved.headerWidth()).isEqualTo(-1);
  }

  @Test
  void aMappingThatDoesNotFitTheFileSaysWhy() {
    ColumnMapping byName =
        new ColumnMapping(
            List.of(new PhoneColumn(ColumnRef.parse("Telefon"), PhoneKind.OTHER)),
            List.of(),
            null,
            null,
            null,
            List.of(),
            false);
    assertThatThrownBy(() -> byName.resolve(List.of("Name", "Mobile")))
        .isInstanceOf(InvalidMappingException.class)
        .hasMessageContaining("no column 'Telefon'");
    assertThatThrownBy(() -> byName.resolve(null)).hasMessageContaining("no header row");
    assertThatThrownBy(() -> HeaderGuess.fromHeaders(List.of("Name", "Street")))
        .hasMessageContaining("no column looks like a phone number");
    assertThatThrownBy(() -> ColumnRef.parse("#0")).isInstanceOf(InvalidMappingException.class);
  }
}
