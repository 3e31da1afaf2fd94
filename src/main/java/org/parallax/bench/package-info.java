/** Measures Parallax: start-up, stage shares, batch throughput, scaling with length and memory. */
package org.parallax.bench;
