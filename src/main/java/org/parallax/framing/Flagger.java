package org.parallax.framing;

import java.util.List;

/** One kind of framing flag: reads a pair of articles and returns its flags. */
interface Flagger {
  /** Returns the flags of this kind for {@code pair}, in any order. */
  List<FramingFlag> flags(ArticlePair pair);
}
