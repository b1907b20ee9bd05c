/**
 * The analysis vocabulary loaded from templates/codebook.yaml into immutable, thread-safe lookups.
 * Reads no articles.
 */
package org.alliancebrief.codebook;
