package org.blenddialer.core.leads;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DelimiterGuessTest {

  @Test
  void findsEachDelimiter() {
    assertThat(DelimiterGuess.of("Name,Mobile,Zip\nA,1,2\nB,3,4\n")).isEqualTo(',');
    assertThat(DelimiterGuess.of("Navn;Mobil;Postnr\nSøren;1;2\n")).isEqualTo(';');
    assertThat(DelimiterGuess.of("Namn\tMobil\r\nÅsa\t1\r\n")).isEqualTo('\t');
  }

  @Test
  void decimalCommasDoNotBeatTheSemicolon() {
    String german = "Name;Umsatz;Telefon\nMüller;1,5;030 1\nSchulz;2,75;030 2\nLange;3;030 3\n";
    assertThat(DelimiterGuess.of(german)).isEqualTo(';');
  }

  @Test
  void ignoresDelimitersInsideQuotes() {
    String text = "Name;Notes\n\"Smith, John\";\"a, b, c\"\n\"Doe, Jane\";\"x,\ny\"\n";
    assertThat(DelimiterGuess.of(text)).isEqualTo(';');
  }

  @Test
  void aSingleColumnFileIsComma() {
    assertThat(DelimiterGuess.of("Mobile\n+4520123456\n")).isEqualTo(',');
  }
}
