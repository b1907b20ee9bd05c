package org.alliancebrief.render.chart;

import java.awt.Graphics2D;

/** A chart laid out for a given width: it knows its height and paints itself. */
interface Drawing {
    float height();

    void paint(Graphics2D g2, float width, float height);
}
