/** Extracts people, places, organizations, dates, numbers and named things, and says which source has each. */
package org.parallax.facts;
