/** The command line: parses options, runs the pipeline, writes reports and sets the exit code. */
package org.parallax.cli;
