package org.parallax.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SpeakerProfilerTest {
  @Test
  void partyCodeAfterTheNameIsTheAffiliation() {
    Speaker s = new SpeakerProfiler("Rep. Adam Schiff, D-Calif., said the memo was misleading.").profile("Adam Schiff", "schiff");
    assertEquals(SpeakerKind.PERSON, s.kind());
    assertEquals("Democrat", s.affiliation());
    assertEquals("representative", s.role());
  }

  @Test
  void bodyAroundTheRoleIsTheAffiliation() {
    Speaker after = new SpeakerProfiler("\"It is a shame,\" said Ben Jealous, president of the NAACP, on Tuesday.")
        .profile("Ben Jealous", "jealous");
    assertEquals("president", after.role());
    assertEquals("NAACP", after.affiliation());
    Speaker before = new SpeakerProfiler("St. Louis Tea Party organizer Bill Hennessy wrote on the group's website.")
        .profile("Bill Hennessy", "hennessy");
    assertEquals("organizer", before.role());
    assertEquals("St. Louis Tea Party", before.affiliation());
    Speaker title = new SpeakerProfiler("Russian Foreign Minister Sergei Lavrov said on Friday.").profile("Sergei Lavrov", "lavrov");
    assertEquals("foreign minister", title.role());
    assertEquals("Russian", title.affiliation());
  }

  @Test
  void nothingIsGuessedWhenTheArticleSaysNothing() {
    Speaker s = new SpeakerProfiler("Mary Smith said the plan would fail.").profile("Mary Smith", "smith");
    assertNull(s.role());
    assertNull(s.affiliation());
  }

  @Test
  void namesOfGroupsOrganizationsPublicationsAndDocumentsGetTheirKind() {
    assertEquals(SpeakerKind.GROUP, SpeakerProfiler.kind("House Democrats"));
    assertEquals(SpeakerKind.ORGANIZATION, SpeakerProfiler.kind("Secret Service"));
    assertEquals(SpeakerKind.ORGANIZATION, SpeakerProfiler.kind("White House"));
    assertEquals(SpeakerKind.PUBLICATION, SpeakerProfiler.kind("The New York Times"));
    assertEquals(SpeakerKind.DOCUMENT, SpeakerProfiler.kind("the indictment"));
    assertEquals(SpeakerKind.PERSON, SpeakerProfiler.kind("Nikki Haley"));
    // a publication named after its founder: the person is a person, the publication a publication
    assertEquals(SpeakerKind.PERSON, SpeakerProfiler.kind("Michael Bloomberg"));
    assertEquals(SpeakerKind.PUBLICATION, SpeakerProfiler.kind("Bloomberg"));
    assertEquals(SpeakerKind.PUBLICATION, SpeakerProfiler.kind("Bloomberg News"));
  }
}
