/** Finds direct quotes, attributes them to speakers, and matches quotes across two articles. */
package org.parallax.quotes;
