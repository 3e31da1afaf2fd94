/** Normalizes article text, splits it into sentences and words, and keeps every offset into the original. */
package org.parallax.text;
