package org.alliancebrief.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliancebrief.analysis.text.Lexicon;
import org.alliancebrief.analysis.text.Token;
import org.alliancebrief.analysis.text.TokenText;
import org.alliancebrief.analysis.text.WordList;
import org.alliancebrief.codebook.ActorEntry;
import org.alliancebrief.codebook.ActorId;
import org.alliancebrief.codebook.ActorKind;
import org.alliancebrief.codebook.Codebook;
import org.alliancebrief.codebook.CodebookHits;
import org.alliancebrief.codebook.Office;
import org.alliancebrief.codebook.TermHit;
import org.alliancebrief.corpus.Words;

/**
 * Finds where an article names actors: codebook names and aliases (a country not where it is only
 * the venue of an event), capitals that stand for their state (not where they are only the place of
 * a meeting), country adjectives before a state noun ("Polish troops"), misspelt names of codebook
 * people, offices resolved to the person who held them, and titled people the codebook lacks.
 */
final class ActorFinder {
    /** The two words before an office phrase: "a new", "the former". */
    /** A word of a name, with its inner hyphens and dots: "U.S.", "Grabar-Kitarović". */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.'’-]*");

    private final Codebook codebook;
    private final PeopleFinder people;
    private final OrganisationFinder organisations;
    private final Employers employers = new Employers();
    private final Lexicon lex = Lexicon.of("en");
    private final CountryAdjectives adjectives = new CountryAdjectives();
    private final Venues venues = new Venues(lex);
    private final FuzzyNames fuzzy;

    ActorFinder(Codebook codebook) {
        this.codebook = codebook;
        this.people = new PeopleFinder(codebook);
        this.organisations = new OrganisationFinder(codebook);
        this.fuzzy = new FuzzyNames(codebook);
    }

    /**
     * Every mention in the text of {@code tokens} from its codebook {@code hits}, in text order;
     * offices resolved as of {@code date}.
     */
    List<Mention> find(TokenText tokens, CodebookHits hits, Optional<LocalDate> date) {
        String text = tokens.text();
        List<Token> all = tokens.all();
        List<Mention> mentions = new ArrayList<>();
        for (TermHit<ActorId> hit : hits.actors()) {
            ActorEntry a = codebook.actor(hit.target()).orElseThrow();
            Venues.Place place =
                    hit.metonym()
                            ? Venues.Place.CAPITAL
                            : a.kind() == ActorKind.COUNTRY ? Venues.Place.COUNTRY : null;
            if (place != null && venues.onlyPlace(place, text, all, hit.start(), hit.end())) {
                continue;
            }
            mentions.add(new Mention(a.id(), a.name(), a.kind(), hit.start(), hit.end(), true));
            if (a.kind() == ActorKind.ORGANISATION) {
                mentions.addAll(statesNamedIn(text, hit));
            }
        }
        for (TermHit<ActorId> hit : hits.demonyms()) {
            if (adjectives.namesState(text, hit.end())) {
                ActorEntry a = codebook.actor(hit.target()).orElseThrow();
                mentions.add(new Mention(a.id(), a.name(), a.kind(), hit.start(), hit.end(), true));
            }
        }
        mentions.sort(Comparator.comparingInt(Mention::start));
        mentions.addAll(misspelt(text, mentions));
        mentions.sort(Comparator.comparingInt(Mention::start));
        mentions = organisations.addTo(tokens, mentions);
        mentions.addAll(people.find(tokens, mentions));
        mentions.sort(Comparator.comparingInt(Mention::start));
        mentions = titledTypos(text, hits.offices(), mentions);
        List<Mention> offices = offices(text, hits.offices(), date, mentions);
        mentions.addAll(offices);
        mentions.sort(Comparator.comparingInt(Mention::start));
        return employers.drop(text, mentions);
    }

    /**
     * Capitalised pairs no codebook name covers that misspell a codebook person's name; {@code
     * known} is sorted by start, and read once alongside the text.
     */
    private List<Mention> misspelt(String text, List<Mention> known) {
        List<Mention> found = new ArrayList<>();
        CapitalPairs pairs = new CapitalPairs(text);
        int from = 0;
        int k = 0;
        int coveredUntil = 0;
        for (CapitalPairs.Pair m = pairs.next(from); m != null; m = pairs.next(from)) {
            // Pairs overlap ("Kaya Callas Said"): look again from the second word.
            from = m.second();
            int start = m.start();
            int end = m.end();
            while (k < known.size() && known.get(k).start() < end) {
                coveredUntil = Math.max(coveredUntil, known.get(k).end());
                k++;
            }
            if (coveredUntil > start) {
                continue;
            }
            ActorEntry person =
                    fuzzy.resolve(
                            text.substring(start, m.second() - 1), text.substring(m.second(), end));
            if (person != null) {
                found.add(
                        new Mention(
                                person.id(), person.name(), person.kind(), start, end, true, true));
                from = end;
            }
        }
        return found;
    }

    /**
     * The states a state body's name names ("Ministry of Foreign Affairs of Turkey", "Turkish
     * Foreign Ministry", "US European Command"), which the longer name hides from the scan: each
     * word and pair of words of the name that is a country's name, or its adjective before a state
     * noun. Only a name with an organisation's head noun is a state body's: "Islamic State of Iraq
     * and Syria" or "NATO Mission Iraq" name no actor state.
     */
    private List<Mention> statesNamedIn(String text, TermHit<ActorId> hit) {
        List<Mention> states = new ArrayList<>();
        if (!headed(text, hit)) {
            return states;
        }
        Matcher w = WORD.matcher(text).region(hit.start(), hit.end());
        int prevStart = -1;
        while (w.find()) {
            int end = w.end();
            if (end - w.start() > 2
                    && text.charAt(end - 1) == 's'
                    && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '\u2019')) {
                end -= 2; // "Turkey's Foreign Ministry"
            }
            stateAt(text, w.start(), end, states);
            if (prevStart >= 0) {
                stateAt(text, prevStart, end, states);
            }
            prevStart = w.start();
        }
        return states;
    }

    private boolean headed(String text, TermHit<ActorId> hit) {
        Matcher w = WORD.matcher(text).region(hit.start(), hit.end());
        while (w.find()) {
            String word = w.group().toLowerCase(Locale.ROOT).split("-", 2)[0];
            if (lex.has(WordList.ORGANISATION_HEADS, word)) {
                return true;
            }
        }
        return false;
    }

    private void stateAt(String text, int start, int end, List<Mention> states) {
        CodebookHits inner = codebook.scan(text.substring(start, end));
        for (TermHit<ActorId> h : inner.actors()) {
            ActorEntry a = codebook.actor(h.target()).orElseThrow();
            if (a.kind() == ActorKind.COUNTRY
                    && !h.metonym()
                    && h.end() - h.start() == end - start) {
                states.add(new Mention(a.id(), a.name(), a.kind(), start, end, true));
            }
        }
        for (TermHit<ActorId> h : inner.demonyms()) {
            if (h.end() - h.start() == end - start && adjectives.namesState(text, end)) {
                ActorEntry a = codebook.actor(h.target()).orElseThrow();
                states.add(new Mention(a.id(), a.name(), a.kind(), start, end, true));
            }
        }
    }

    private List<Mention> offices(
            String text,
            List<TermHit<Office>> hits,
            Optional<LocalDate> date,
            List<Mention> named) {
        List<Mention> resolved = new ArrayList<>();
        Optional<OfficePeriod> period =
                date.isPresent() ? Optional.empty() : OfficePeriod.of(titles(text, hits, named));
        for (TermHit<Office> hit : hits) {
            if (nameAfter(text, hit.end(), named).isPresent() || notTheHolder(text, hit.start())) {
                continue;
            }
            resolve(hit.target(), date, named, hit.start(), period)
                    .ifPresent(
                            id -> {
                                ActorEntry p = codebook.actor(id).orElseThrow();
                                resolved.add(
                                        new Mention(
                                                id,
                                                p.name(),
                                                ActorKind.PERSON,
                                                hit.start(),
                                                hit.end(),
                                                true));
                            });
        }
        return resolved;
    }

    /**
     * "a former foreign minister", "a new foreign secretary", "the next secretary general": an
     * office phrase that does not mean its holder on the article's date.
     */
    private boolean notTheHolder(String text, int start) {
        // The two words before the phrase, read backwards within a short window: the word right
        // before it (past spaces and hyphens, "ex-"), and the one before that word.
        int from = Math.max(0, start - BEFORE_WINDOW);
        int i = start;
        while (i > from && (Words.regexSpace(text.charAt(i - 1)) || text.charAt(i - 1) == '-')) {
            i--;
        }
        int secondEnd = i;
        i = lettersBefore(text, i, from);
        if (secondEnd == start || i == secondEnd) {
            return false;
        }
        if (lex.has(WordList.NOT_HOLDER_WORDS, text.substring(i, secondEnd))) {
            return true;
        }
        int j = i;
        while (j > from && Words.regexSpace(text.charAt(j - 1))) {
            j--;
        }
        int firstEnd = j;
        j = lettersBefore(text, j, from);
        return firstEnd < i
                && j < firstEnd
                && lex.has(WordList.NOT_HOLDER_INDEFINITES, text.substring(j, firstEnd));
    }

    /** How far before an office phrase the words that make it indefinite are looked for. */
    private static final int BEFORE_WINDOW = 40;

    /** Where the run of letters that ends at {@code end} starts, not before {@code from}. */
    private static int lettersBefore(String text, int end, int from) {
        int i = end;
        while (i > from) {
            int c = text.codePointBefore(i);
            int n = Character.charCount(c);
            if (i - n < from || !Character.isLetter(c)) {
                break;
            }
            i -= n;
        }
        return i;
    }

    /**
     * {@code mentions} with a name the codebook does not know, titled with an office one of whose
     * holders it misspells, read as that holder wherever it stands: "German foreign minister Heiko
     * Mass" is Heiko Maas. The office vouches for a short surname that {@link FuzzyNames} alone
     * would not read as a typo: the same given name, the surname one edit off.
     */
    private List<Mention> titledTypos(
            String text, List<TermHit<Office>> hits, List<Mention> mentions) {
        Map<ActorId, ActorEntry> meant = new HashMap<>();
        for (TermHit<Office> hit : hits) {
            Optional<Mention> name = nameAfter(text, hit.end(), mentions);
            if (name.isEmpty() || name.get().inCodebook() || meant.containsKey(name.get().id())) {
                continue;
            }
            for (Office.Tenure term : hit.target().holders()) {
                ActorEntry holder = codebook.actor(term.person()).orElseThrow();
                if (misspells(name.get().name(), holder.name())) {
                    meant.put(name.get().id(), holder);
                    break;
                }
            }
        }
        if (meant.isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            ActorEntry holder = meant.get(m.id());
            out.add(
                    holder == null
                            ? m
                            : new Mention(
                                    holder.id(),
                                    holder.name(),
                                    holder.kind(),
                                    m.start(),
                                    m.end(),
                                    true,
                                    true));
        }
        return out;
    }

    /** Two names of two words each, the same given name and surnames one edit apart. */
    private static boolean misspells(String written, String name) {
        String[] w = written.strip().split("\\s+");
        String[] n = name.strip().split("\\s+");
        return w.length == 2
                && n.length == 2
                && w[1].length() >= MIN_TITLED_SURNAME
                && FuzzyNames.fold(w[0]).equals(FuzzyNames.fold(n[0]))
                && FuzzyNames.distance(FuzzyNames.fold(w[1]), FuzzyNames.fold(n[1])) == 1;
    }

    /** The shortest surname a title lets be read as a typo of its holder's. */
    private static final int MIN_TITLED_SURNAME = 4;

    /** "Secretary General Jens Stoltenberg": the title of a name given next, not a reference. */
    private static Optional<Mention> nameAfter(String text, int end, List<Mention> named) {
        int i = end;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == ',')) {
            i++;
        }
        final int at = i;
        return named.stream().filter(m -> m.start() == at && m.person()).findFirst();
    }

    /** The people the article titles with an office they hold: "Defence Minister X". */
    private List<OfficePeriod.Title> titles(
            String text, List<TermHit<Office>> hits, List<Mention> named) {
        List<OfficePeriod.Title> titles = new ArrayList<>();
        for (TermHit<Office> hit : hits) {
            if (!notTheHolder(text, hit.start())) { // "former Defence Minister X" dates nothing
                nameAfter(text, hit.end(), named)
                        .ifPresent(m -> titles.add(new OfficePeriod.Title(hit.target(), m.id())));
            }
        }
        return titles;
    }

    /**
     * Who an office phrase means: a holder the article itself names (the one whose term covers the
     * article's date, else the nearest before), else the holder on the article's date. In an
     * undated article, of the holders it names, those in office during the {@code period} its
     * titled people date it to ("Defence Minister X" elsewhere in the text) come first.
     */
    private Optional<ActorId> resolve(
            Office office,
            Optional<LocalDate> date,
            List<Mention> named,
            int position,
            Optional<OfficePeriod> period) {
        Set<ActorId> holders = new LinkedHashSet<>();
        office.holders().forEach(t -> holders.add(t.person()));
        Set<ActorId> inPeriod = new LinkedHashSet<>();
        period.ifPresent(
                when ->
                        office.holders().stream()
                                .filter(when::overlaps)
                                .forEach(t -> inPeriod.add(t.person())));
        List<Mention> present = named.stream().filter(m -> holders.contains(m.id())).toList();
        if (present.stream().anyMatch(m -> inPeriod.contains(m.id()))) {
            present = present.stream().filter(m -> inPeriod.contains(m.id())).toList();
        }
        if (!present.isEmpty()) {
            if (date.isPresent()) {
                Optional<ActorId> onDate = office.holderOn(date.get());
                if (onDate.isPresent()
                        && present.stream().anyMatch(m -> m.id().equals(onDate.get()))) {
                    return onDate;
                }
            }
            Mention nearest = present.get(0);
            for (Mention m : present) {
                if (m.start() < position) {
                    nearest = m;
                }
            }
            return Optional.of(nearest.id());
        }
        return date.flatMap(office::holderOn);
    }
}
