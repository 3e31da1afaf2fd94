/** Measures Parallax stages against public benchmark datasets. */
package org.parallax.eval;
