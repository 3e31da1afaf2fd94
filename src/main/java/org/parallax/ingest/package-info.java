/** Reads an article from a file, standard input or a URL and separates its body from boilerplate. */
package org.parallax.ingest;
