package org.alliancebrief.analysis.attribution;

import org.alliancebrief.analysis.text.Token;
import org.alliancebrief.analysis.text.Token.Direction;
import org.alliancebrief.analysis.text.Token.QuoteMark;
import org.alliancebrief.analysis.text.TokenText;

/**
 * How a page pairs its quotation marks, decided once from the marks it uses: a page that opens with
 * „ closes with “ (German, Baltic) or ” (Polish), so its “ never opens; guillemets point out (« …
 * », French), in (» … «, German) or the same way at both ends (» … », Nordic).
 *
 * @param lowNine „ opens the page's quotations, so “ only closes them
 * @param angle which way the page's guillemets face
 */
record QuoteStyle(boolean lowNine, Angle angle) {
    /** The guillemet styles. */
    enum Angle {
        /** « opens, » closes. */
        OUT,
        /** » opens, « closes. */
        IN,
        /** » both opens and closes; the page has no «. */
        SAME
    }

    /** The style of {@code text}'s marks. */
    static QuoteStyle of(TokenText text) {
        int lowNine = 0;
        int rightDouble = 0;
        int leftAngle = 0;
        int rightAngle = 0;
        char firstAngle = 0;
        for (TokenText.Paragraph p : text.paragraphs()) {
            for (Token t : p.tokens()) {
                if (!(t instanceof QuoteMark m)) {
                    continue;
                }
                switch (m.mark()) {
                    case '\u201e' -> lowNine++;
                    case '\u201d' -> rightDouble++;
                    case '\u00ab' -> leftAngle++;
                    case '\u00bb' -> rightAngle++;
                    default -> {}
                }
                if (firstAngle == 0 && (m.mark() == '\u00ab' || m.mark() == '\u00bb')) {
                    firstAngle = m.mark();
                }
            }
        }
        Angle angle =
                leftAngle == 0 && rightAngle > 0
                        ? Angle.SAME
                        : firstAngle == '\u00bb' ? Angle.IN : Angle.OUT;
        return new QuoteStyle(lowNine > 0 && lowNine >= rightDouble, angle);
    }

    /** Which way mark {@code m} faces on this page; {@code EITHER} when it may do both. */
    Direction direction(QuoteMark m) {
        return switch (m.mark()) {
            case '\u201c' -> lowNine ? Direction.CLOSE : m.direction();
            case '\u00ab' -> angle == Angle.IN ? Direction.CLOSE : Direction.OPEN;
            case '\u00bb' ->
                    switch (angle) {
                        case OUT -> Direction.CLOSE;
                        case IN -> Direction.OPEN;
                        case SAME -> Direction.EITHER;
                    };
            default -> m.direction();
        };
    }

    /** Whether {@code m} may open a quotation when none is open. */
    boolean opens(QuoteMark m) {
        Direction d = direction(m);
        return m.family() == Token.Family.SINGLE ? d == Direction.OPEN : d != Direction.CLOSE;
    }

    /** Whether {@code m} closes the quotation that {@code open} opened. */
    boolean closes(QuoteMark open, QuoteMark m) {
        if (m.family() != open.family()) {
            return false;
        }
        return switch (open.mark()) {
            case '\u201e' -> m.mark() == '\u201c' || m.mark() == '\u201d' || m.mark() == '"';
            case '\u00ab', '\u00bb' -> m.mark() != open.mark() || angle == Angle.SAME;
            case '\u2039' -> m.mark() == '\u203a';
            default -> direction(m) != Direction.OPEN || m.mark() == '"';
        };
    }
}
