package org.alliancebrief.analysis.attribution;

import org.alliancebrief.analysis.attribution.Candidate.Gender;
import org.alliancebrief.analysis.attribution.Candidate.Kind;
import org.alliancebrief.analysis.attribution.Candidate.Role;
import org.alliancebrief.analysis.text.Token;
import org.alliancebrief.analysis.text.TokenText;

/** One tokenised paragraph of a test sentence, with its tokens found by their words. */
record Words(String text, TokenText.Paragraph paragraph, Candidate[] by) {
    /** The paragraph of {@code sentence}, set after a headline so that it is body text. */
    static Words of(String sentence) {
        String raw = "Test headline for one paragraph\n\n" + sentence + "\n";
        TokenText t = Fixture.tokens(raw);
        for (TokenText.Paragraph p : t.paragraphs()) {
            if (p.span().of(t.text()).contains(sentence.strip())) {
                return new Words(t.text(), p, new Candidate[p.size()]);
            }
        }
        throw new IllegalArgumentException("no paragraph holds: " + sentence);
    }

    /** The index of the first word token reading {@code word}. */
    int at(String word) {
        return at(word, 0);
    }

    /** The index of the first word token reading {@code word} from token {@code from} on. */
    int at(String word, int from) {
        for (int k = from; k < paragraph.size(); k++) {
            Token t = paragraph.get(k);
            if (t instanceof Token.Word && text.substring(t.start(), t.end()).equals(word)) {
                return k;
            }
        }
        throw new IllegalArgumentException("no word: " + word);
    }

    /** The text of tokens {@code first} to {@code last}. */
    String span(int first, int last) {
        return text.substring(paragraph.get(first).start(), paragraph.get(last).end());
    }

    /** Marks the words {@code first}..{@code last} as a named actor already found. */
    Candidate known(Kind kind, int first, int last, String name) {
        Candidate c =
                new Candidate(
                        kind,
                        paragraph.index(),
                        first,
                        last,
                        Role.SUBJECT,
                        Gender.UNKNOWN,
                        name,
                        name.toLowerCase(java.util.Locale.ROOT),
                        true,
                        "",
                        null);
        for (int k = first; k <= last; k++) {
            by[k] = c;
        }
        return c;
    }
}
