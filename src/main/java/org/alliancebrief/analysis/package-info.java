/**
 * One article in, its findings out (areas and themes, actors, quotations, date), and the
 * associative merge of findings into corpus totals. Never lays anything out.
 */
package org.alliancebrief.analysis;
