/**
 * Reading article files: encodings, HTML to text, page furniture, paragraphs, sentences and their
 * offsets. Knows nothing of codebooks or briefs.
 */
package org.alliancebrief.corpus;
