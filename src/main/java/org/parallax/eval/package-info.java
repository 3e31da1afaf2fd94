/** Measures Parallax stages against public research datasets. */
package org.parallax.eval;
