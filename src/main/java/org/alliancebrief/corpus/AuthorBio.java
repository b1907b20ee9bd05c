package org.alliancebrief.corpus;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The author's biography that closes a commentary ("Jana Novak is a senior fellow at the Example
 * Institute. She served ..."): about the writer, not the story, so its employers and career are no
 * actors of the article. A closing paragraph is one when it opens with a name and a verb of a
 * biography, and either the name is the page's declared author or the paragraph speaks of a role or
 * career (bio-roles.txt) of someone the story has not named before.
 */
final class AuthorBio {
    /** Biographies close the article: only its last few paragraphs are looked at. */
    private static final int MAX_BIOS = 3;

    /** A biography is a short paragraph; a long one is the story's own ending. */
    private static final int MAX_WORDS = 150;

    /**
     * A name of two to four capitalised words, perhaps after an honorific, then an apposition
     * ("Jana Novak, a former minister,") and the next word.
     */
    private static final Pattern OPENING =
            Pattern.compile(
                    "(?:(?:Dr|Prof|Professor|Sir|Dame|Lord|Lady|Mr|Ms|Mrs)\\.?\\s+)?"
                            + "(\\p{Lu}[\\p{L}.'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}.'\u2019-]*){1,3})"
                            + "(?:,[^.;:]{1,80}?,)?\\s+(\\p{Ll}+)\\b");

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private static final AuthorBio DEFAULT =
            new AuthorBio(
                    ResourceLines.read("lexicon/en/bio-verbs.txt"),
                    ResourceLines.read("lexicon/en/bio-roles.txt"),
                    ResourceLines.read("lexicon/en/function-words.txt"));

    private final Set<String> verbs;
    private final Set<String> roles;

    /** A name opens with no function word: "The Kremlin has ..." is no biography. */
    private final Set<String> functionWords;

    AuthorBio(List<String> verbs, List<String> roles, List<String> functionWords) {
        this.verbs = Set.copyOf(verbs);
        this.roles = Set.copyOf(roles);
        this.functionWords = Set.copyOf(functionWords);
    }

    static AuthorBio standard() {
        return DEFAULT;
    }

    /**
     * How many of the last {@code paragraphs} are the author's biography; {@code author} is the
     * author the page declares ("" if none).
     */
    int closing(List<String> paragraphs, String author) {
        int n = 0;
        while (n < MAX_BIOS
                && n < paragraphs.size() - 1
                && isBio(
                        paragraphs.get(paragraphs.size() - 1 - n),
                        author,
                        paragraphs.subList(0, paragraphs.size() - 1 - n))) {
            n++;
        }
        return n;
    }

    private boolean isBio(String paragraph, String author, List<String> before) {
        if (Words.count(paragraph, MAX_WORDS) > MAX_WORDS) {
            return false;
        }
        Matcher m = OPENING.matcher(paragraph);
        if (!m.lookingAt() || !verbs.contains(m.group(2))) {
            return false;
        }
        String name = m.group(1);
        String first = name.substring(0, name.indexOf(' ')).toLowerCase(Locale.ROOT);
        if (functionWords.contains(first)) {
            return false;
        }
        if (!author.isEmpty() && author.contains(name)) {
            return true;
        }
        return speaksOfARole(paragraph) && !namedIn(before, name);
    }

    private boolean speaksOfARole(String paragraph) {
        Matcher w = WORD.matcher(paragraph);
        while (w.find()) {
            if (roles.contains(w.group().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the surname of {@code name} stands in any of {@code paragraphs}. */
    private static boolean namedIn(List<String> paragraphs, String name) {
        String surname = name.substring(name.lastIndexOf(' ') + 1);
        return paragraphs.stream().anyMatch(p -> p.contains(surname));
    }
}
