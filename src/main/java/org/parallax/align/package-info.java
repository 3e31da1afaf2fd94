/** Pairs the sentences of two articles that carry the same content, however reworded or reordered. */
package org.parallax.align;
