package org.alliancebrief.analysis;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliancebrief.codebook.ActorId;
import org.alliancebrief.codebook.ActorKind;
import org.alliancebrief.codebook.Codebook;

/**
 * Finds people the codebook lacks but the text plainly names: a full name after a title
 * ("Foreign Minister Pekka Haavisto", "spokesperson Nabila Massrali") or beside a reporting verb
 * ("said Ben Wallace", "Kajsa Ollongren said"); then their later mentions by surname.
 */
final class PeopleFinder {
    private static final String PARTICLE = "(?:von|van|der|den|de|da|di|del|du|la|le|bin|al|ter)";
    private static final String WORD = "\\p{Lu}[\\p{Ll}\\p{M}]+(?:[-'\u2019]\\p{Lu}?[\\p{Ll}\\p{M}]+)?";
    private static final String NAME = "(" + WORD + "(?:\\s+\\p{Lu}\\.)?(?:\\s+(?:" + PARTICLE
            + "\\s+)*" + WORD + "){1,2})(?![\\p{L}])";
    private static final String TITLES = "(?:President|Prime Minister|Minister|Foreign Minister"
            + "|Defen[cs]e Minister|Chancellor|Secretary|Ambassador|General|Gen\\.|Admiral"
            + "|Adm\\.|Commissioner|Senator|Sen\\.|Rep\\.|Representative|Colonel|Col\\.|Lt\\."
            + "|Lieutenant|Major|Captain|Commander|Chairman|Chairwoman|Chair|Director|Spokesman"
            + "|Spokeswoman|Spokesperson|spokesman|spokeswoman|spokesperson|Mr\\.?|Mrs\\.?|Ms\\.?"
            + "|Dr\\.?|Prof\\.?|Professor|King|Queen|Prince|Princess|MEP|Deputy|Vice-President"
            + "|Vice President|Premier|Mayor|Governor|Gov\\.|Envoy|envoy|Marshal|analyst"
            + "|researcher|professor|director|minister|ambassador|chancellor|president)";
    private static final Pattern TITLED = Pattern.compile("(?<![\\p{L}])" + TITLES + "\\s+"
            + NAME);
    private static final Pattern NAME_SAID = Pattern.compile("(?<![\\p{L}])" + NAME
            + "(?:,[^,.;\"\u201c\u201d]{3,80},)?\\s+(?:said|says|told|added|noted|stressed"
            + "|warned|wrote|explained|argued)(?![\\p{L}])");
    private static final Pattern SAID_NAME = Pattern.compile(
            "(?<![\\p{L}])(?:said|says|according to)\\s+" + NAME);
    /** Capitalised words that start no personal name. */
    private static final Set<String> NOT_NAMES = Set.of("The", "This", "That", "These", "Those",
            "A", "An", "In", "On", "At", "For", "But", "And", "Or", "If", "When", "While",
            "After", "Before", "During", "Since", "As", "It", "He", "She", "They", "We", "Our",
            "His", "Her", "Their", "Its", "European", "Union", "North", "South", "East", "West",
            "United", "States", "Nations", "Kingdom", "Republic", "Council", "Commission",
            "Parliament", "Alliance", "Allied", "Allies", "Foreign", "Defence", "Defense",
            "Affairs", "Ministry", "Minister", "Ministers", "Secretary", "General", "Office",
            "House", "Department", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December", "Brussels", "Washington",
            "Moscow", "Kyiv", "London", "Paris", "Berlin", "Europe", "America", "Atlantic",
            "Security", "Policy", "Summit", "Agency", "Service", "Forces", "Force", "Army",
            "Navy", "Air", "Command", "Headquarters", "Center", "Centre", "Institute", "Group",
            "Party", "Government", "Prime", "President", "Vice", "High", "Representative",
            "Chief", "State", "Staff", "News", "Press", "Reuters", "Thanks", "Meanwhile",
            "However", "Speaking", "Asked", "According", "Committee", "Cooperation",
            "Partnership", "Strategic", "Compass", "Concept", "Mission", "Operation");

    private final Codebook codebook;

    PeopleFinder(Codebook codebook) {
        this.codebook = codebook;
    }

    /** Mentions of people outside the codebook, not overlapping {@code known} mentions. */
    List<Mention> find(String text, List<Mention> known) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Pattern p : List.of(TITLED, NAME_SAID, SAID_NAME)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (plausible(m.group(1)) && !overlaps(known, m.start(1), m.end(1))) {
                    String name = m.group(1).replaceAll("\\s+", " ");
                    names.putIfAbsent(name, surname(name));
                }
            }
        }
        List<Mention> found = new ArrayList<>();
        for (var e : names.entrySet()) {
            ActorId id = new ActorId(slug(e.getKey()));
            for (String form : List.of(e.getKey(), e.getValue())) {
                for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
                    int end = at + form.length();
                    if (wholeWord(text, at, end) && !overlaps(known, at, end)
                            && !overlaps(found, at, end)) {
                        found.add(new Mention(id, e.getKey(), ActorKind.PERSON, at, end, false));
                    }
                }
            }
        }
        return found;
    }

    private static boolean wholeWord(String text, int start, int end) {
        return (start == 0 || !Character.isLetter(text.charAt(start - 1)))
                && (end == text.length() || !Character.isLetter(text.charAt(end)));
    }

    private boolean plausible(String name) {
        String[] words = name.split("\\s+");
        for (String w : words) {
            if (NOT_NAMES.contains(w)) {
                return false;
            }
        }
        // A name the codebook knows as something else ("North Korea") is not a person.
        return codebook.findActors(name).isEmpty() && codebook.findThemes(name).isEmpty();
    }

    private static boolean overlaps(List<Mention> mentions, int start, int end) {
        for (Mention m : mentions) {
            if (m.start() < end && start < m.end()) {
                return true;
            }
        }
        return false;
    }

    private static String surname(String name) {
        String[] words = name.split("\\s+");
        return words[words.length - 1];
    }

    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        return slug.isEmpty() ? "person" : slug;
    }
}
