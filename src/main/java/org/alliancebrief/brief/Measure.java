package org.alliancebrief.brief;

/**
 * A figure of a key finding: the prose shows its words ("5 articles", "80%"), the data file its
 * number (5, 0.8).
 */
public sealed interface Measure {
    /** The number as the data file has it. */
    Number value();

    /** A count with its noun: "5 articles". */
    record Count(long n, String noun) implements Measure {
        @Override
        public Number value() {
            return n;
        }

        @Override
        public String toString() {
            return noun.isEmpty() ? Wording.number(n) : Wording.count(n, noun);
        }
    }

    /** A share of a whole: "80%", with "<1%" and ">99%" at the ends. */
    record Share(long part, long whole) implements Measure {
        @Override
        public Number value() {
            return Wording.share(part, whole);
        }

        @Override
        public String toString() {
            return Wording.percent(part, whole);
        }
    }

    /** A share computed from other shares (a year's share): "40%". */
    record Fraction(double share) implements Measure {
        @Override
        public Number value() {
            return share;
        }

        @Override
        public String toString() {
            return Wording.percent(share);
        }
    }

    /** A year, printed without thousands separator. */
    record Year(int year) implements Measure {
        @Override
        public Number value() {
            return year;
        }

        @Override
        public String toString() {
            return String.valueOf(year);
        }
    }
}
