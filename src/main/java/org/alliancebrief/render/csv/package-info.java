/** The spreadsheets beside the PDF: articles.csv, counts.csv and quotes.csv (RFC 4180). */
package org.alliancebrief.render.csv;
