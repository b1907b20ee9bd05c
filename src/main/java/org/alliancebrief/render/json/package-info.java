/**
 * The data file brief.json (schema alliance-brief/1): the numbers behind every figure of the PDF.
 */
package org.alliancebrief.render.json;
