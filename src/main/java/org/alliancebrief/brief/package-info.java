/**
 * The brief as data: key findings, sections, chosen quotations and chart series, following
 * templates/brief.yaml. No layout, no fonts, no files but the template.
 */
package org.alliancebrief.brief;
