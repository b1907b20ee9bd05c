package org.alliancebrief.render.chart;

/**
 * A category of a chart: its position keeps two rows apart even when their labels are the same
 * after truncation, and its label is what the axis prints.
 */
record RowKey(int index, String label) implements Comparable<RowKey> {
    @Override
    public int compareTo(RowKey other) {
        return Integer.compare(index, other.index);
    }

    @Override
    public String toString() {
        return label;
    }
}
