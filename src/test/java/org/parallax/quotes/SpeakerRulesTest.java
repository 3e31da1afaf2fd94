package org.parallax.quotes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpeakerRulesTest {
  @Test
  void fragmentsAndOfficeNounsDoNotSpeak() {
    for (String w : new String[] {"Beyond", "House", "Office", "Department", "Reacting", "Trying", "US", "Following"}) {
      assertFalse(SpeakerRules.canSpeak(w), w);
    }
  }

  @Test
  void namesGroupsAndPublicationsSpeak() {
    for (String w : new String[] {"King", "Dean", "Reuters", "Times", "Sergei Lavrov", "House Democrats", "Secret Service", "Sterling"}) {
      assertTrue(SpeakerRules.canSpeak(w), w);
    }
  }
}
