/**
 * The brief laid out as a PDF with OpenPDF. Writes to the stream it is given; never opens files or
 * reads articles.
 */
package org.alliancebrief.render.pdf;
