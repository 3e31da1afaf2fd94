/** Measures Parallax stages against public annotated datasets. */
package org.parallax.eval;
