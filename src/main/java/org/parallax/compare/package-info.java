/** Runs every stage on two articles and gathers the results into one comparison. */
package org.parallax.compare;
