package org.alliancebrief.corpus;

import java.util.ArrayList;
import java.util.List;
import org.alliancebrief.corpus.MetaLine.Placement;

/**
 * A page sorted line by line into its title, the blocks of content lines, and the meta lines
 * taken out (dates, bylines, captions); furniture is dropped.
 *
 * @param title the first content line, or "" when the page has none
 * @param blocks runs of content lines; a blank or removed line ends a run
 * @param meta lines describing the page, in page order
 * @param outletClues text of bylines and source lines, where an outlet may be named
 * @param blankSeparated whether the page separates paragraphs with blank lines
 */
record PageLayout(String title, List<List<String>> blocks, List<MetaLine> meta,
        List<String> outletClues, boolean blankSeparated) {
    /** Blank-separated pages have several blocks; a page of single newlines has one or two. */
    private static final int MIN_BLOCKS_FOR_BLANK_SEPARATED = 3;
    /** An unpunctuated line standing alone under the title is a kicker or caption, not a story. */
    private static final int MAX_WORDS_LONE_HEADER_LINE = 10;

    PageLayout {
        blocks = blocks.stream().map(List::copyOf).toList();
        meta = List.copyOf(meta);
        outletClues = List.copyOf(outletClues);
    }

    /** Sorts cleaned {@code lines} (blank lines as ""). */
    static PageLayout of(List<String> lines, Furniture furniture, Outlets outlets) {
        var sorter = new Sorter(lines, furniture, outlets);
        sorter.run();
        return new PageLayout(sorter.title, sorter.blocks, sorter.meta, sorter.clues,
                countBlocks(lines) >= MIN_BLOCKS_FOR_BLANK_SEPARATED);
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

    /** The walk down the page; one instance per page, so the parser stays stateless. */
    private static final class Sorter {
        private enum Region { BEFORE_TITLE, HEADER, BODY }

        private final List<String> lines;
        private final Furniture furniture;
        private final Outlets outlets;
        private final List<List<String>> blocks = new ArrayList<>();
        private final List<MetaLine> meta = new ArrayList<>();
        private final List<String> clues = new ArrayList<>();
        private String title = "";
        private Region region = Region.BEFORE_TITLE;
        private List<String> block = new ArrayList<>();
        private boolean previousKept;

        Sorter(List<String> lines, Furniture furniture, Outlets outlets) {
            this.lines = lines;
            this.furniture = furniture;
            this.outlets = outlets;
        }

        void run() {
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                boolean kept = !line.isEmpty() && sort(line, i);
                if (!kept) {
                    endBlock();
                }
                previousKept = kept;
            }
            endBlock();
        }

        /** Files {@code line} away; true if it is content that continues the current block. */
        private boolean sort(String line, int i) {
            if (furniture.matches(line) || furniture.withoutGlued(PageLine.unbulleted(line)).isEmpty()) {
                return false;
            }
            PageLine kind = PageLine.of(line, outlets);
            String text = PageLine.unbulleted(line);
            if (region == Region.BEFORE_TITLE) {
                switch (kind) {
                    case DATE -> meta.add(new MetaLine(text, Placement.BEFORE_TITLE));
                    case CONTENT -> {
                        title = text;
                        region = Region.HEADER;
                    }
                    default -> addMeta(kind, text);
                }
                return false; // the title is a paragraph of its own
            }
            // A line carrying on an unfinished sentence is content, even "January 2020." alone.
            boolean continuation = previousKept && !Unwrapper.endsTerminal(block.get(block.size() - 1));
            if (kind != PageLine.CONTENT && !continuation) {
                addMeta(kind, text);
                return false;
            }
            if (region == Region.HEADER && isLoneShortLine(line, i)) {
                meta.add(new MetaLine(text, Placement.HEADER));
                return false;
            }
            region = Region.BODY;
            block.add(line);
            return true;
        }

        private void addMeta(PageLine kind, String text) {
            // Captions are about pictures wherever they stand; the rest belong where they stand.
            Placement placement = kind == PageLine.CAPTION || region == Region.BODY
                    ? Placement.BODY : Placement.HEADER;
            meta.add(new MetaLine(text, placement));
            if (kind == PageLine.BYLINE || kind == PageLine.SOURCE) {
                clues.add(text);
            }
        }

        private boolean isLoneShortLine(String line, int i) {
            boolean aloneAbove = !previousKept;
            boolean aloneBelow = i + 1 >= lines.size() || lines.get(i + 1).isEmpty();
            return aloneAbove && aloneBelow && !Unwrapper.endsTerminal(line)
                    && line.split(" ").length <= MAX_WORDS_LONE_HEADER_LINE;
        }

        private void endBlock() {
            if (!block.isEmpty()) {
                blocks.add(block);
                block = new ArrayList<>();
            }
        }
    }
}
