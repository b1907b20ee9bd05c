package org.alliancebrief.brief.template;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A constant of a closed set that a template file names by a fixed word ("figure", "areas"). */
public interface TemplateKey {
    /** The word the template file uses for this constant. */
    String key();

    /** The constant of {@code type} the template spells {@code key}, if there is one. */
    static <E extends Enum<E> & TemplateKey> Optional<E> parse(Class<E> type, String key) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.key().equals(key)).findFirst();
    }

    /** Every word a template may use for {@code type}, in declaration order. */
    static <E extends Enum<E> & TemplateKey> List<String> keys(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(TemplateKey::key).toList();
    }
}
