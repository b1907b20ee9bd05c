package org.alliancebrief.analysis.attribution;

import java.util.Objects;

/**
 * Who a quotation is attributed to, as the attribution stage decided.
 *
 * @param name canonical name, or the text's phrase for an unnamed source ("an EU official")
 * @param id the actor's id, or "" for documents, groups and unnamed sources
 * @param named false for an unnamed source
 * @param phrase the words of the text that attribute the quotation
 */
public record Referent(String name, String id, boolean named, String phrase) {
    public Referent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(phrase, "phrase");
    }
}
