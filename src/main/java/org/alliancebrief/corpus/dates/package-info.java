/**
 * One table-driven date grammar for every date the program reads, with its word lists per language.
 */
package org.alliancebrief.corpus.dates;
