package org.alliancebrief.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.alliancebrief.corpus.MetaLine.Kind;
import org.alliancebrief.corpus.MetaLine.Placement;
import org.alliancebrief.corpus.dates.FoundDate;

/**
 * A page sorted line by line into its title, the blocks of content lines, and the meta lines taken
 * out (dates, bylines, captions); furniture is dropped. Each line is classified once; the headline
 * is then chosen among the top lines ({@link HeadlineChooser}), and a second walk files every line
 * by where it stands relative to it.
 *
 * @param title the headline, or the first content line when {@code derived}, or ""
 * @param derived the page shows no headline: {@code title} is the opening content line, kept in the
 *     blocks, and the article is to be named by its first sentence
 * @param blocks runs of content lines; a blank or removed line ends a run
 * @param meta lines describing the page, in page order
 * @param outletClues text of bylines and source lines, where an outlet may be named
 * @param blankSeparated whether the page separates paragraphs with blank lines
 */
record PageLayout(
        String title,
        boolean derived,
        List<List<String>> blocks,
        List<MetaLine> meta,
        List<String> outletClues,
        boolean blankSeparated) {
    /** Blank-separated pages have several blocks; a page of single newlines has one or two. */
    private static final int MIN_BLOCKS_FOR_BLANK_SEPARATED = 3;

    /** An unpunctuated line standing alone under the title is a kicker or caption, not a story. */
    private static final int MAX_WORDS_LONE_HEADER_LINE = 10;

    /** Lines this short above a capture date are what a saving tool writes ("Redirecting..."). */
    private static final int MAX_WORDS_TOOL_LINE = 2;

    private static final int MAX_TEASER_WORDS = 20;

    /** Content lines the story has shown before a teaser block or comments can close it. */
    private static final int MIN_LINES_BEFORE_BLOCKS = 3;

    /** The story has begun at its first line of prose: this many words and a final stop. */
    private static final int MIN_WORDS_PROSE_LINE = 8;

    /**
     * A line this short that stops without a full stop is a label or credit ("Associated Press"),
     * not a hard-wrapped line of prose that the next line carries on.
     */
    private static final int MAX_WORDS_LABEL_LINE = 3;

    private static final org.alliancebrief.corpus.dates.DateReader DATES =
            org.alliancebrief.corpus.dates.DateReader.standard();

    PageLayout {
        blocks = blocks.stream().map(List::copyOf).toList();
        meta = List.copyOf(meta);
        outletClues = List.copyOf(outletClues);
    }

    /**
     * Sorts cleaned {@code lines} (blank lines as ""); {@code declared} is the headline the page's
     * metadata gives ("" if none), {@code site} the site's name, never a headline.
     */
    static PageLayout of(
            List<String> lines,
            Furniture furniture,
            Outlets outlets,
            String declared,
            String site) {
        PageLine[] kinds = new PageLine[lines.size()];
        String[] texts = new String[lines.size()];
        boolean[] dropped = new boolean[lines.size()];
        boolean teasers = false;
        boolean ended = false;
        boolean storyStarted = false;
        int kept = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            texts[i] = PageLine.unbulleted(line);
            // A date framed by marks ("• 10 Jul. 2018 -") is a date line, not a row of marks.
            boolean date = DATES.isDateOnly(texts[i]);
            // A numbered menu ("1. Skip to content") is furniture as the same words bulleted are.
            Furniture.Verdict verdict =
                    date ? null : furniture.judge(line, PageLine.unnumbered(texts[i]));
            Furniture.Kind f = date ? Furniture.Kind.NONE : verdict.kind();
            // Teaser blocks and reader comments follow the story: never cut above its opening.
            boolean inStory = kept >= MIN_LINES_BEFORE_BLOCKS;
            if (ended || f == Furniture.Kind.END && inStory) {
                ended = true;
                dropped[i] = true;
            } else if (f == Furniture.Kind.BLOCK) {
                teasers = inStory;
                dropped[i] = true;
            } else if (teasers && isTeaser(texts[i])) {
                dropped[i] = true;
            } else {
                teasers = false;
                dropped[i] = !date && (f != Furniture.Kind.NONE || verdict.wholly());
            }
            kinds[i] = dropped[i] ? null : PageLine.of(line, outlets);
            if (!storyStarted && isHeaderDate(lines, i, kinds[i], texts[i])) {
                kinds[i] = PageLine.DATE;
            }
            storyStarted |= kinds[i] == PageLine.CONTENT && isProse(texts[i]);
            kept += dropped[i] ? 0 : 1;
        }
        HeadlineChooser.Choice choice =
                new HeadlineChooser(lines, kinds, texts, dropped, outlets, site).choose(declared);
        var sorter = new Sorter(lines, kinds, texts, dropped, choice);
        sorter.run();
        String title = choice.declared() ? declared : choice.at() >= 0 ? texts[choice.at()] : "";
        return new PageLayout(
                title,
                choice.derived(),
                sorter.blocks,
                sorter.meta,
                sorter.clues,
                countBlocks(lines) >= MIN_BLOCKS_FOR_BLANK_SEPARATED);
    }

    /**
     * Whether a line above the story is its date among a few header words ("Wire Agency, May 15,
     * 2015", "NEWS 25.06.2019 16:51", "17 February 2026 07:09 UTC · Outlet · Section"); judged here
     * rather than in {@link PageLine}, because inside the story such a line is content.
     */
    private static boolean isHeaderDate(List<String> lines, int i, PageLine kind, String text) {
        // A line that runs on into a lower-case line opens a hard-wrapped sentence
        // ("BRUSSELS, June 15, 2021 - NATO allies / agreed on ...").
        boolean runsOn =
                i + 1 < lines.size()
                        && !lines.get(i + 1).isEmpty()
                        && Character.isLowerCase(lines.get(i + 1).charAt(0));
        return (kind == PageLine.CONTENT || kind == PageLine.NAVIGATION)
                && !runsOn
                && DATES.headerDate(text).isPresent();
    }

    /** A line of prose ends a sentence: a stop, perhaps inside closing quotes or brackets. */
    private static boolean isProse(String text) {
        int end = text.length();
        while (end > 0 && "\"\u201d\u2019)]".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0
                && ".!?".indexOf(text.charAt(end - 1)) >= 0
                && Words.count(text) >= MIN_WORDS_PROSE_LINE;
    }

    /**
     * A line in a block of teasers: a headline or its date, short and without a final full stop.
     */
    private static boolean isTeaser(String text) {
        return Words.count(text, MAX_TEASER_WORDS) <= MAX_TEASER_WORDS && !text.endsWith(".");
    }

    private static int countBlocks(List<String> lines) {
        int blocks = 0;
        boolean inBlock = false;
        for (String line : lines) {
            if (!line.isEmpty() && !inBlock) {
                blocks++;
            }
            inBlock = !line.isEmpty();
        }
        return blocks;
    }

    /** The second walk down the page; one instance per page, so the parser stays stateless. */
    private static final class Sorter {
        private enum Region {
            BEFORE_TITLE,
            HEADER,
            BODY
        }

        private final List<String> lines;
        private final PageLine[] kinds;
        private final String[] texts;
        private final boolean[] dropped;
        private final HeadlineChooser.Choice choice;
        private final List<List<String>> blocks = new ArrayList<>();
        private final List<MetaLine> meta = new ArrayList<>();
        private final List<String> clues = new ArrayList<>();
        private Region region;
        private List<String> block = new ArrayList<>();
        private boolean previousKept;

        /**
         * Whether a line other than a saving tool's has been seen: a date above it is no capture
         * date.
         */
        private boolean pageStarted;

        /**
         * Whether the last line that was not blank is content that ends a quotation ("… all.”"): a
         * signature line may follow it.
         */
        private boolean quotationLast;

        /** The day of the capture date while the block of lines opening the page goes on. */
        private LocalDate captureDay;

        Sorter(
                List<String> lines,
                PageLine[] kinds,
                String[] texts,
                boolean[] dropped,
                HeadlineChooser.Choice choice) {
            this.lines = lines;
            this.kinds = kinds;
            this.texts = texts;
            this.dropped = dropped;
            this.choice = choice;
            this.region = choice.declared() ? Region.HEADER : Region.BEFORE_TITLE;
        }

        void run() {
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                boolean kept = !line.isEmpty() && !dropped[i] && sort(line, i);
                if (!line.isEmpty()) {
                    quotationLast = kept && endsQuotation(line);
                }
                if (line.isEmpty()) {
                    captureDay = null;
                }
                if (!line.isEmpty()
                        && (!dropped[i]
                                || Words.count(texts[i], MAX_WORDS_TOOL_LINE)
                                        > MAX_WORDS_TOOL_LINE)) {
                    pageStarted = true;
                }
                if (!kept) {
                    endBlock();
                }
                previousKept = kept;
            }
            endBlock();
        }

        /** Files {@code line} away; true if it is content that continues the current block. */
        private boolean sort(String line, int i) {
            PageLine kind = kinds[i];
            String text = texts[i];
            if (kind == PageLine.DATE && captureDay != null && captureDay.equals(day(text))) {
                // A site's clock ("Monday, May 6, 2024 10:52 PM", beside the weather) repeats the
                // capture day in the block that opens the page: the day it was saved again.
                meta.add(new MetaLine(text, Placement.CAPTURE, Kind.DATE));
                return false;
            }
            if (region == Region.BEFORE_TITLE) {
                if (i == choice.at()) {
                    region = Region.HEADER;
                    if (!choice.derived()) {
                        return false; // the title is a paragraph of its own
                    }
                    block.add(line);
                    return true;
                }
                if (kind == PageLine.DATE) {
                    boolean capture = !pageStarted && isBareDate(text);
                    captureDay = capture ? day(text) : null;
                    meta.add(
                            new MetaLine(
                                    text,
                                    capture ? Placement.CAPTURE : Placement.BEFORE_TITLE,
                                    Kind.DATE));
                } else if (kind != PageLine.CONTENT) {
                    addMeta(kind, text);
                }
                return false; // content above the headline is page chrome: teasers, notices
            }
            // A line carrying on an unfinished sentence is content, even "January 2020." alone.
            String previous = previousKept ? block.get(block.size() - 1) : "";
            boolean continuation =
                    previousKept
                            && !Unwrapper.endsTerminal(previous)
                            && Words.count(previous) > MAX_WORDS_LABEL_LINE;
            if (kind == PageLine.DATELINE && region == Region.BODY && quotationLast) {
                // "Jana Novak, 3 May 2024" below a statement in quotation marks signs it: the
                // speaker's name is content, a paragraph of its own, not a dateline.
                endBlock();
                block.add(line);
                endBlock();
                return false;
            }
            if (kind != PageLine.CONTENT && !continuation) {
                addMeta(kind, text);
                return false;
            }
            if (region == Region.HEADER && !continuation && isNameAboveDate(text, i)) {
                addMeta(PageLine.BYLINE, text); // "Jana Novak" over "September 27, 2016"
                return false;
            }
            if (region == Region.HEADER && !continuation && isLoneShortLine(line, i)) {
                meta.add(new MetaLine(text, Placement.HEADER, Kind.KICKER));
                return false;
            }
            region = Region.BODY;
            block.add(line);
            return true;
        }

        private void addMeta(PageLine kind, String text) {
            // Captions are about pictures wherever they stand; the rest belong where they stand.
            Placement placement =
                    kind == PageLine.CAPTION || region == Region.BODY
                            ? Placement.BODY
                            : Placement.HEADER;
            meta.add(new MetaLine(text, placement, MetaLine.of(kind)));
            // A dated line inside the story is a quotation's signature ("Ministry Spokesman, 11
            // July 2018"), no dateline: the outlet is not named there.
            if (kind == PageLine.BYLINE
                    || kind == PageLine.SOURCE
                    || kind == PageLine.DATELINE && region != Region.BODY
                    || kind == PageLine.PUBLISHED) {
                clues.add(text);
            }
        }

        /**
         * A date with nothing but its weekday: what a saving tool writes opening the file. A date
         * with its time of day ("19 April 2021, 01:24") or among header words is the site's own.
         */
        private static boolean isBareDate(String text) {
            return DATES.dateOnly(text).filter(d -> !d.hasTime()).isPresent();
        }

        /** The day a date line shows, or null. */
        private static LocalDate day(String text) {
            return DATES.headerDate(text)
                    .filter(d -> d.hasYear() && !d.monthOnly())
                    .map(FoundDate::date)
                    .orElse(null);
        }

        /** Whether {@code line} ends on a closing quotation mark, past emphasis marks. */
        private static boolean endsQuotation(String line) {
            int end = line.length();
            while (end > 0 && " \t*_".indexOf(line.charAt(end - 1)) >= 0) {
                end--;
            }
            return end > 0 && "\u201d\"\u00bb".indexOf(line.charAt(end - 1)) >= 0;
        }

        /**
         * A byline without "By": two to four capitalised words of letters alone, right above the
         * header's date line.
         */
        private boolean isNameAboveDate(String text, int i) {
            if (i + 1 >= lines.size()
                    || lines.get(i + 1).isEmpty()
                    || (kinds[i + 1] != PageLine.DATE && kinds[i + 1] != PageLine.PUBLISHED)) {
                return false;
            }
            String[] words = text.split(" ");
            if (words.length < 2 || words.length > 4) {
                return false;
            }
            for (String w : words) {
                if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                    return false;
                }
                for (int k = 1; k < w.length(); k++) {
                    char c = w.charAt(k);
                    if (!Character.isLetter(c)
                            && c != '-'
                            && c != '\''
                            && c != '\u2019'
                            && c != '.') {
                        return false;
                    }
                }
            }
            return true;
        }

        private boolean isLoneShortLine(String line, int i) {
            boolean aloneAbove = !previousKept;
            boolean aloneBelow = i + 1 >= lines.size() || lines.get(i + 1).isEmpty();
            return aloneAbove
                    && aloneBelow
                    && !Unwrapper.endsTerminal(line)
                    && Words.count(line, MAX_WORDS_LONE_HEADER_LINE) <= MAX_WORDS_LONE_HEADER_LINE;
        }

        private void endBlock() {
            if (!block.isEmpty()) {
                blocks.add(block);
                block = new ArrayList<>();
            }
        }
    }
}
