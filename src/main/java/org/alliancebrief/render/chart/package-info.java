/** Charts drawn with JFreeChart as vector graphics for the PDF, in the document's embedded font. */
package org.alliancebrief.render.chart;
