/**
 * The brief template as typed values: section, chart and key-finding kinds as enums named by their
 * YAML words, one record per section kind, and the loader that checks a template file.
 */
package org.alliancebrief.brief.template;
