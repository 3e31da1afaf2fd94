/** Renders a comparison as a JSON contract, a self-contained HTML page and a Markdown summary. */
package org.parallax.report;
