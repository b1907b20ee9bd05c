package org.alliancebrief.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliancebrief.codebook.ActorKind;
import org.alliancebrief.codebook.Codebook;
import org.alliancebrief.codebook.Office;
import org.alliancebrief.codebook.Statement;
import org.alliancebrief.codebook.TermHit;
import org.alliancebrief.corpus.Span;

/**
 * Decides who spoke each quotation of one article. In order: a reporting verb after the quote
 * ("..., the secretary general said"; "..., said X") or before it ("X said: ..."; "according to
 * X"); a quotation that goes on from the previous one; the speaker of the sentence before. A
 * subject is a person, an office resolved to its holder, a pronoun resolved to the last speaker, a
 * document quoted as a speaker, a pair of sides, an organisation, or an unnamed source.
 */
final class SpeakerResolver {
    private static final Pattern PRONOUN = Pattern.compile("(?i)(?<![\\p{L}])(he|she)(?![\\p{L}])");
    private static final Pattern COLLECTIVE = Pattern.compile("(?i)(?<![\\p{L}])(they|the sides"
            + "|both sides|the two sides|the two organi[sz]ations|both organi[sz]ations"
            + "|the two blocs|the two bodies|the parties|the leaders|the two leaders"
            + "|the signatories)(?![\\p{L}])");
    private static final Pattern UNNAMED = Pattern.compile("(?i)(?<![\\p{L}])(officials?"
            + "|diplomats?|ministers?|leaders?|sources?|spokes(?:man|woman|person)|envoys?"
            + "|ambassadors?|analysts?|experts?|observers?|aides?|commanders?|officers?"
            + "|lawmakers|MEPs|allies|members|delegates|participants)(?![\\p{L}])");
    private static final Pattern IN_DOCUMENT = Pattern.compile(
            "(?i)\\b(?:in|by|of)\\s+(?:a|an|the|their|its)\\s+$");
    private static final int MAX_SUBJECT_WORDS = 12;

    private final Codebook codebook;

    SpeakerResolver(Codebook codebook) {
        this.codebook = codebook;
    }

    /** The speaker of each quotation, in the order given. */
    List<Optional<Speaker>> resolve(String text, List<Span> sentences,
            List<QuoteFinder.Quoted> quotes, List<Mention> mentions) {
        Context ctx = new Context(text, sentences, mentions);
        List<Optional<Speaker>> speakers = new ArrayList<>();
        QuoteFinder.Quoted previous = null;
        for (int i = 0; i < quotes.size(); i++) {
            QuoteFinder.Quoted q = quotes.get(i);
            QuoteFinder.Quoted next = i + 1 < quotes.size() ? quotes.get(i + 1) : null;
            Optional<Speaker> s = after(ctx, q, next).or(() -> before(ctx, q));
            if (s.isEmpty() && previous != null && continues(ctx, previous, q)) {
                s = speakers.get(i - 1);
            }
            if (s.isEmpty()) {
                s = previousSentence(ctx, q);
            }
            s.ifPresent(sp -> ctx.spoke(q.open(), sp));
            speakers.add(s);
            previous = q;
        }
        return speakers;
    }

    /** "..., the secretary general said." / "..., said Jens Stoltenberg." */
    private Optional<Speaker> after(Context ctx, QuoteFinder.Quoted q, QuoteFinder.Quoted next) {
        if (!q.closed()) {
            return Optional.empty();
        }
        int from = q.close() + 1;
        int to = ctx.sentenceEnd(q.close());
        if (next != null && next.open() < to) {
            to = next.open();
        }
        if (to <= from) {
            return Optional.empty();
        }
        String window = ctx.text.substring(from, to);
        Matcher verb = ReportingVerbs.VERB.matcher(window);
        if (!verb.find()) {
            return Optional.empty();
        }
        String head = window.substring(0, verb.start());
        String lead = head.replaceAll("^[\\s,.;:!?\u2014\u2013-]+", "");
        if (lead.isBlank()) {
            int subjectEnd = clauseEnd(window, verb.end());
            return document(ctx, from, to).or(() -> subject(ctx, from + verb.end(),
                    from + subjectEnd, true, verbText(window, verb)));
        }
        if (words(lead) > MAX_SUBJECT_WORDS || !head.matches("(?s)^[\\s,.;:!?\u2014\u2013-]+.*")) {
            return Optional.empty();
        }
        Optional<Speaker> doc = document(ctx, from + verb.end(), to);
        Optional<Speaker> subject = subject(ctx, from + (head.length() - lead.length()),
                from + verb.start(), false, lead.strip() + " " + verb.group());
        if (doc.isPresent() && (subject.isEmpty() || !subject.get().id().isPresent()
                || collective(lead))) {
            return doc;
        }
        return subject;
    }

    /** "X said: ..." / "..., saying ..." / "according to X, ..." / "X: ...". */
    private Optional<Speaker> before(Context ctx, QuoteFinder.Quoted q) {
        int sentenceStart = ctx.sentenceStart(q.open());
        Integer lastClose = ctx.lastQuoteEnd(sentenceStart, q.open());
        Optional<Speaker> s = lastClose == null ? Optional.empty()
                : beforeWithin(ctx, lastClose, q.open());
        // A short quotation earlier in the sentence ("defence and dialogue") hides no speaker.
        return s.isPresent() ? s : beforeWithin(ctx, sentenceStart, q.open());
    }

    private Optional<Speaker> beforeWithin(Context ctx, int from, int to) {
        if (to <= from) {
            return Optional.empty();
        }
        String window = ctx.text.substring(from, to);
        Matcher verb = ReportingVerbs.VERB.matcher(window);
        int vs = -1;
        int ve = -1;
        String vt = "";
        while (verb.find()) {
            vs = verb.start();
            ve = verb.end();
            vt = verb.group();
        }
        if (vs < 0) {
            String trimmed = window.stripTrailing();
            if (trimmed.endsWith(":") && words(trimmed) <= MAX_SUBJECT_WORDS) {
                return subject(ctx, from, from + trimmed.length() - 1, false, trimmed);
            }
            return Optional.empty();
        }
        if (vt.equalsIgnoreCase("according to") || vt.equalsIgnoreCase("in the words of")) {
            return subject(ctx, from + ve, from + clauseEnd(window, ve), true, vt);
        }
        return subjectBefore(ctx, from, from + vs, vt);
    }

    /**
     * The subject of a verb at {@code verbStart}: the nearest clause before it that names one. A
     * verb right after a comma ("John Kerry, attending the meeting, said") takes its subject from
     * before the aside, so an unnamed phrase in the aside does not stop the search.
     */
    private Optional<Speaker> subjectBefore(Context ctx, int sentenceStart, int verbStart,
            String verb) {
        int end = verbStart;
        boolean aside = false;
        Optional<Speaker> unnamed = Optional.empty();
        for (int clauses = 0; clauses < 4 && end > sentenceStart; clauses++) {
            int start = clauseStart(ctx.text, sentenceStart, end);
            String clause = ctx.text.substring(start, end);
            if (clause.isBlank()) {
                aside = clauses == 0;
            } else if (words(clause) <= MAX_SUBJECT_WORDS * 2) {
                Optional<Speaker> s = subject(ctx, start, end, false,
                        clause.strip() + " " + verb);
                if (s.isPresent() && (s.get().named() || !aside)) {
                    return s;
                }
                unnamed = unnamed.or(() -> s);
            }
            end = start - 1;
        }
        return unnamed;
    }

    /** A quotation that opens its paragraph after one left open, or follows one in a paragraph. */
    private static boolean continues(Context ctx, QuoteFinder.Quoted previous,
            QuoteFinder.Quoted q) {
        if (q.paragraph() == previous.paragraph()) {
            return true;
        }
        return q.paragraph() == previous.paragraph() + 1
                && ctx.text.substring(ctx.paragraphStart(q.open()), q.open()).isBlank();
    }

    /** "John Kerry ... said that unity was essential. Ministers would discuss '...'". */
    private Optional<Speaker> previousSentence(Context ctx, QuoteFinder.Quoted q) {
        int index = ctx.sentenceIndex(q.open());
        if (index <= 0) {
            return Optional.empty();
        }
        Span prev = ctx.sentences.get(index - 1);
        Optional<Speaker> earlier = ctx.spokenIn(prev);
        if (earlier.isPresent()) {
            return earlier;
        }
        String s = prev.of(ctx.text);
        Matcher verb = ReportingVerbs.VERB.matcher(s);
        if (verb.find() && !s.contains("\"") && !s.contains("\u201c")) {
            return subjectBefore(ctx, prev.start(), prev.start() + verb.start(), verb.group())
                    .filter(Speaker::named);
        }
        return Optional.empty();
    }

    /** A document named as the source ("in a joint declaration") in {@code [from, to)}. */
    private Optional<Speaker> document(Context ctx, int from, int to) {
        String window = ctx.text.substring(from, to);
        for (TermHit<Statement> hit : codebook.findStatements(window)) {
            if (IN_DOCUMENT.matcher(window.substring(0, hit.start())).find()) {
                Statement st = hit.target();
                return Optional.of(new Speaker(st.name(), Optional.empty(), true,
                        window.strip()));
            }
        }
        return Optional.empty();
    }

    /** Who the phrase {@code [from, to)} names; {@code first}: the first name, else the last. */
    private Optional<Speaker> subject(Context ctx, int from, int to, boolean first,
            String attribution) {
        String phrase = ctx.text.substring(from, to);
        if (phrase.isBlank()) {
            return Optional.empty();
        }
        for (TermHit<Statement> hit : codebook.findStatements(phrase)) {
            return Optional.of(new Speaker(hit.target().name(), Optional.empty(), true,
                    attribution));
        }
        List<Mention> people = ctx.mentionsIn(from, to, true);
        if (!people.isEmpty()) {
            Mention m = first ? people.get(0) : people.get(people.size() - 1);
            return Optional.of(new Speaker(m.name(), Optional.of(m.id()), true, attribution));
        }
        List<TermHit<Office>> offices = codebook.findOffices(phrase);
        if (!offices.isEmpty()) {
            Office o = offices.get(0).target();
            return Optional.of(new Speaker(o.label(), Optional.empty(), true, attribution));
        }
        Matcher pronoun = PRONOUN.matcher(phrase);
        if (pronoun.find()) {
            return ctx.lastPersonBefore(from).map(m -> new Speaker(m.name(), Optional.of(m.id()),
                    true, attribution));
        }
        List<Mention> organisations = ctx.mentionsIn(from, to, false);
        if (collective(phrase) || organisations.size() >= 2) {
            Optional<Speaker> last = ctx.lastGroupSpeaker();
            if (last.isPresent()) {
                return last;
            }
            if (organisations.size() >= 2) {
                String name = organisations.get(0).name() + " and " + organisations.get(1).name();
                return Optional.of(new Speaker(name, Optional.empty(), true, attribution));
            }
        }
        if (organisations.size() == 1 && !UNNAMED.matcher(phrase).find()) {
            Mention m = organisations.get(0);
            return Optional.of(new Speaker(m.name(), Optional.of(m.id()), true, attribution));
        }
        if (UNNAMED.matcher(phrase).find()) {
            String name = phrase.strip().replaceAll("^(?i)(and|but|while|as|so)\\s+", "");
            return Optional.of(new Speaker(name, Optional.empty(), false, attribution));
        }
        return Optional.empty();
    }

    private static boolean collective(String phrase) {
        return COLLECTIVE.matcher(phrase).find();
    }

    private static String verbText(String window, Matcher verb) {
        int end = clauseEnd(window, verb.end());
        return window.substring(verb.start(), end).strip();
    }

    /** The end of the clause that starts at {@code from}: the next comma, stop or dash. */
    private static int clauseEnd(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == ';' || c == ':' || c == '(' || c == '\u2014' || c == '\u2013'
                    || c == '"' || c == '\u201c' || (c == '.' && isStop(s, i))) {
                return i;
            }
        }
        return s.length();
    }

    private static boolean isStop(String s, int i) {
        return i + 1 >= s.length() || Character.isWhitespace(s.charAt(i + 1));
    }

    /** The start of the clause that ends at {@code end}: after the last comma or semicolon. */
    private static int clauseStart(String text, int floor, int end) {
        for (int i = end - 1; i >= floor; i--) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == ':' || c == '\u2014' || c == '\u2013') {
                return i + 1;
            }
        }
        return floor;
    }

    private static int words(String s) {
        return QuoteFinder.words(s);
    }

    /** What the resolver knows of one article while it walks through its quotations. */
    private final class Context {
        final String text;
        final List<Span> sentences;
        final List<Mention> mentions;
        final Map<Integer, Speaker> spoken = new HashMap<>();
        Speaker lastGroup;

        Context(String text, List<Span> sentences, List<Mention> mentions) {
            this.text = text;
            this.sentences = sentences;
            this.mentions = mentions;
        }

        void spoke(int position, Speaker speaker) {
            spoken.put(position, speaker);
            if (speaker.id().isEmpty() && speaker.named()) {
                lastGroup = speaker;
            }
        }

        Optional<Speaker> lastGroupSpeaker() {
            return Optional.ofNullable(lastGroup);
        }

        Optional<Speaker> spokenIn(Span sentence) {
            Speaker found = null;
            for (var e : spoken.entrySet()) {
                if (sentence.start() <= e.getKey() && e.getKey() < sentence.end()) {
                    found = e.getValue();
                }
            }
            return Optional.ofNullable(found);
        }

        int sentenceIndex(int position) {
            int lo = 0;
            int hi = sentences.size() - 1;
            int found = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (sentences.get(mid).start() <= position) {
                    found = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return found;
        }

        int sentenceStart(int position) {
            int i = sentenceIndex(position);
            return i < 0 ? 0 : sentences.get(i).start();
        }

        int sentenceEnd(int position) {
            int i = sentenceIndex(position);
            return i < 0 ? text.length() : Math.max(sentences.get(i).end(), position + 1);
        }

        int paragraphStart(int position) {
            int nl = text.lastIndexOf('\n', position - 1);
            return nl < 0 ? 0 : nl + 1;
        }

        Integer lastQuoteEnd(int from, int to) {
            Integer last = null;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c == '\u201d' || c == '"' || c == '\u00bb') {
                    last = i + 1;
                }
            }
            return last;
        }

        List<Mention> mentionsIn(int from, int to, boolean people) {
            List<Mention> in = new ArrayList<>();
            for (Mention m : mentions) {
                if (m.start() >= from && m.end() <= to && m.person() == people
                        && (people || m.kind() != ActorKind.PERSON)) {
                    in.add(m);
                }
            }
            return in;
        }

        /** The person a pronoun at {@code position} most likely means. */
        Optional<Mention> lastPersonBefore(int position) {
            int index = sentenceIndex(position);
            for (int s = index; s >= Math.max(0, index - 4); s--) {
                Span sentence = sentences.get(s);
                int end = Math.min(sentence.end(), position);
                Optional<Speaker> quoted = spokenIn(new Span(sentence.start(), end));
                if (quoted.isPresent() && quoted.get().id().isPresent()) {
                    return mentionOf(quoted.get());
                }
                String part = text.substring(sentence.start(), end);
                Matcher verb = ReportingVerbs.VERB.matcher(part);
                while (verb.find()) {
                    int clause = clauseStart(text, sentence.start(), sentence.start()
                            + verb.start());
                    List<Mention> subject = mentionsIn(clause, sentence.start() + verb.start(),
                            true);
                    if (!subject.isEmpty()) {
                        return Optional.of(subject.get(subject.size() - 1));
                    }
                }
            }
            Mention last = null;
            for (Mention m : mentions) {
                if (m.person() && m.end() <= position && position - m.end() < 1500) {
                    last = m;
                }
            }
            return Optional.ofNullable(last);
        }

        private Optional<Mention> mentionOf(Speaker speaker) {
            return mentions.stream().filter(m -> m.id().equals(speaker.id().get())).findFirst();
        }
    }
}
