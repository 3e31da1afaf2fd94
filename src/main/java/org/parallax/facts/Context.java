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
 */
record Context(int order, LocalDate published, Set<String> capitalizedWords) {
  Context {
    capitalizedWords = Set.copyOf(capitalizedWords);
  }
}
