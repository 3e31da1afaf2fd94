/** Measures the pipeline's stages against reference data sets. */
package org.parallax.eval;
