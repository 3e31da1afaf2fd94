package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates as news sites write them. */
class DateParserTest {
  @ParameterizedTest
  @ValueSource(strings = {"November 30, 2017", "Nov. 30, 2017", "Nov 30 2017", "30 November 2017",
      "30 Nov. 2017", "30th of November, 2017", "2017-11-30", "2017/11/30", "Thursday, November 30, 2017",
      "Thu 30 Nov 2017 09:12 GMT", "November 30, 2017 at 4:05 p.m. EST", "Sept 30, 2017"})
  void wholeDates(String text) {
    LocalDate expected = text.startsWith("Sept") ? LocalDate.of(2017, 9, 30) : LocalDate.of(2017, 11, 30);
    assertEquals(Optional.of(expected), DateParser.parseWhole(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"February 30, 2017", "2017-13-01", "November 2017", "30/11/2017 is a date",
      "Nobody 30, 2017", ""})
  void notDates(String text) {
    assertTrue(DateParser.parseWhole(text).isEmpty(), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2017-11-30T08:15:00Z", "2017-11-30T08:15:00.123+03:00", "2017-11-30 08:15"})
  void leadingTimestamps(String text) {
    assertEquals(Optional.of(LocalDate.of(2017, 11, 30)), DateParser.parseLeading(text));
  }
}
