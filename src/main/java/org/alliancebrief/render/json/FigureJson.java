package org.alliancebrief.render.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.alliancebrief.brief.Chart;
import org.alliancebrief.brief.Part;

/** Writes the numbers of every chart of the brief, keyed by the figure's stable id. */
final class FigureJson {
    private final JsonGenerator g;

    FigureJson(JsonGenerator g) {
        this.g = g;
    }

    void writeAll(List<Part> parts) throws IOException {
        g.writeObjectFieldStart("figures");
        for (Part p : parts) {
            if (p instanceof Part.Figure figure) {
                g.writeObjectFieldStart(figure.id());
                g.writeNumberField("number", figure.number());
                g.writeStringField("heading", figure.heading());
                g.writeStringField("title", figure.chart().title());
                g.writeStringField("caption", figure.chart().caption());
                switch (figure.chart()) {
                    case Chart.Bars bars -> bars(bars);
                    case Chart.HeatMap heat -> heatMap(heat);
                    case Chart.Timeline timeline -> timeline(timeline);
                }
                g.writeEndObject();
            }
        }
        g.writeEndObject();
    }

    private void bars(Chart.Bars bars) throws IOException {
        g.writeStringField("type", "bars");
        g.writeStringField("value", bars.valueAxis());
        g.writeBooleanField("percent", bars.percent());
        strings("series", bars.series());
        g.writeArrayFieldStart("rows");
        for (Chart.Bars.Row row : bars.rows()) {
            g.writeStartObject();
            g.writeStringField("label", row.label());
            numbers("values", row.values());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void heatMap(Chart.HeatMap heat) throws IOException {
        g.writeStringField("type", "heat-map");
        strings("rows", heat.rows());
        strings("columns", heat.columns());
        g.writeArrayFieldStart("cells");
        for (List<Integer> row : heat.cells()) {
            g.writeStartArray();
            for (int cell : row) {
                g.writeNumber(cell);
            }
            g.writeEndArray();
        }
        g.writeEndArray();
    }

    private void timeline(Chart.Timeline timeline) throws IOException {
        g.writeStringField("type", "timeline");
        g.writeStringField("value", timeline.valueAxis());
        g.writeArrayFieldStart("years");
        for (int year : timeline.years()) {
            g.writeNumber(year);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("series");
        for (Chart.Timeline.Line line : timeline.series()) {
            g.writeStartObject();
            g.writeStringField("name", line.name());
            numbers("values", line.values());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void strings(String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private void numbers(String name, List<Double> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (double v : values) {
            g.writeNumber(
                    java.math.BigDecimal.valueOf(v)
                            .setScale(4, java.math.RoundingMode.HALF_UP)
                            .stripTrailingZeros());
        }
        g.writeEndArray();
    }
}
