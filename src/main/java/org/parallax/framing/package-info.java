/** Flags how two articles frame the same story differently, and explains every flag. */
package org.parallax.framing;
