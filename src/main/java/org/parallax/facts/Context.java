package org.parallax.facts;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the finders know beyond one sentence.
 *
 * @param order 0 for the first article of a comparison, 1 for the second
 * @param published the publication date that relative dates resolve against, or null
 * @param capitalizedWords norms of words seen capitalized on their own inside a sentence (not all capitals, not
 *     next to another capitalized word): likely surnames, for repairing a lower-case one
 * @param initials the initials of runs of three or more capitalized words in the articles (CPAC for
 *     Conservative Political Action Conference), so that an acronym of a name written out is a name too
 */
record Context(int order, LocalDate published, Set<String> capitalizedWords, Set<String> initials) {
  Context {
    capitalizedWords = Set.copyOf(capitalizedWords);
    initials = Set.copyOf(initials);
  }
}
