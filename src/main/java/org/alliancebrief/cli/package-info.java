/**
 * The command line: options, the run that wires the stages together, exit codes and messages. The
 * only package that reads the environment or writes standard output and error.
 */
package org.alliancebrief.cli;
