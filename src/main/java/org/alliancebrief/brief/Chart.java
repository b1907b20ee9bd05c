package org.alliancebrief.brief;

import java.util.List;
import java.util.Objects;

/** The numbers of one chart, ready to draw; the renderer chooses nothing but layout. */
public sealed interface Chart {
    String title();

    /** A line under the chart saying what is counted and over what. */
    String caption();

    /**
     * Horizontal bars, one row per category, sorted as they should appear (top first).
     *
     * @param series names of the stacked series; one series means plain bars
     * @param percent values are shares in [0, 1], printed as percentages
     */
    record Bars(
            String title,
            String caption,
            String valueAxis,
            List<String> series,
            List<Row> rows,
            boolean percent)
            implements Chart {
        public Bars {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(caption, "caption");
            Objects.requireNonNull(valueAxis, "valueAxis");
            series = List.copyOf(series);
            rows = List.copyOf(rows);
        }

        /** One category with one value per series. */
        public record Row(String label, List<Double> values) {
            public Row {
                Objects.requireNonNull(label, "label");
                values = List.copyOf(values);
            }
        }
    }

    /** A matrix of counts, such as actors by area; darker cells mean more. */
    record HeatMap(
            String title,
            String caption,
            List<String> rows,
            List<String> columns,
            List<List<Integer>> cells)
            implements Chart {
        public HeatMap {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(caption, "caption");
            rows = List.copyOf(rows);
            columns = List.copyOf(columns);
            cells = cells.stream().map(List::copyOf).toList();
        }
    }

    /**
     * Values over years, one line per series (built from dated articles only).
     *
     * @param years the x axis, ascending
     * @param series one line each, values aligned with {@code years}
     */
    record Timeline(
            String title,
            String caption,
            String valueAxis,
            List<Integer> years,
            List<Line> series,
            boolean percent)
            implements Chart {
        public Timeline {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(caption, "caption");
            Objects.requireNonNull(valueAxis, "valueAxis");
            years = List.copyOf(years);
            series = List.copyOf(series);
        }

        /** One line of the timeline. */
        public record Line(String name, List<Double> values) {
            public Line {
                Objects.requireNonNull(name, "name");
                values = List.copyOf(values);
            }
        }
    }
}
