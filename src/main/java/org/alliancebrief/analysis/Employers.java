package org.alliancebrief.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliancebrief.analysis.text.Lexicon;
import org.alliancebrief.analysis.text.WordList;
import org.alliancebrief.codebook.ActorKind;

/**
 * Finds where an organisation is named only as a commentator's employer ("Jana Novak of the Example
 * Institute", "Jana Novak, a senior fellow at the Example Council"): such a mention is not the
 * organisation acting in the story, and is not counted.
 */
final class Employers {
    /** Characters between a person's name and the employer at most. */
    private static final int WINDOW = 150;

    /** "Jana Novak of the": the employer right after the name. */
    private static final Pattern BARE = Pattern.compile("\\s+of\\s+(?:the\\s+)?");

    /** "Jana Novak, a senior fellow at the": a role in apposition, then the employer. */
    private static final Pattern ROLE =
            Pattern.compile(",\\s+([^,;.:!?\"“”\\n]*?)\\s(?:at|of|with)\\s+(?:the\\s+)?");

    /**
     * "Jana Novak, who previously served on the", "..., who worked at Norway's": a post the person
     * held, named as a career.
     */
    private static final Pattern SERVED =
            Pattern.compile(
                    ",\\s+who\\s+(?:\\p{L}+ly\\s+)?(?:served|serves|worked|works)\\s+(?:on|at|in|for|with)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}.]*['’]s\\s+)?");

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private final Lexicon lex = Lexicon.of("en");

    /** {@code mentions} (in text order) without the organisations named as employers. */
    List<Mention> drop(String text, List<Mention> mentions) {
        List<Mention> kept = new ArrayList<>(mentions.size());
        Mention person = null;
        for (Mention m : mentions) {
            if (m.kind() == ActorKind.ORGANISATION && person != null && employer(text, person, m)) {
                continue;
            }
            if (m.person()) {
                person = m;
            }
            kept.add(m);
        }
        return kept;
    }

    private boolean employer(String text, Mention person, Mention org) {
        if (org.start() < person.end() || org.start() - person.end() > WINDOW) {
            return false;
        }
        String between = text.substring(person.end(), org.start());
        if (BARE.matcher(between).matches() || SERVED.matcher(between).matches()) {
            return true;
        }
        Matcher role = ROLE.matcher(between);
        if (!role.matches()) {
            return false;
        }
        Matcher w = WORD.matcher(role.group(1));
        while (w.find()) {
            if (lex.has(WordList.COMMENTATOR_ROLES, w.group())) {
                return true;
            }
        }
        return false;
    }
}
