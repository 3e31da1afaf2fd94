package org.parallax.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks the recognition rules measured with {@code parallax eval gum}: places by position, older dates. */
class RecognitionRulesTest {
  @Test
  void anUnknownNameAfterAPrepositionOfPlaceIsAPlace() {
    List<Fact> f = Texts.facts("The linguist grew up in Ziguinchor and later taught there.");
    assertEquals(List.of("Ziguinchor"), Texts.canonicals(f, FactKind.PLACE), f::toString);
    assertEquals(List.of(), Texts.canonicals(Texts.facts("He trusted in Obama's plan."), FactKind.PLACE));
  }

  @Test
  void placeOpenersAndHeads() {
    List<Fact> f = Texts.facts("She lived in a house between County Durham and Auckland Castle for years.");
    assertEquals(List.of("County Durham", "Auckland Castle"), Texts.canonicals(f, FactKind.PLACE), f::toString);
  }

  @Test
  void olderYearsDecadesAndCenturies() {
    List<Fact> f = Texts.facts("He was born in 1700, worked through the 1940s and shaped the 20th century.");
    assertEquals(List.of("date:1700", "date:1940s", "date:20th-century"), Texts.keys(f, FactKind.DATE), f::toString);
  }
}
