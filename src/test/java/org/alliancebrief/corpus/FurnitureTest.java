package org.alliancebrief.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FurnitureTest {
    private final Furniture furniture = Furniture.standard();

    @Test
    void tellsLinesByTheirKeyFirstAndLastWords() {
        assertEquals(Furniture.Kind.LINE, furniture.kind("- ADVERTISEMENT -"));
        assertEquals(Furniture.Kind.LINE, furniture.kind("Read more: the summit in pictures"));
        assertEquals(
                Furniture.Kind.LINE,
                furniture.kind("\u00a9 2024 The Daily Post. All rights reserved."));
        assertEquals(Furniture.Kind.LINE, furniture.kind("Home > Europe > Defence"));
        assertEquals(Furniture.Kind.LINE, furniture.kind("\u2022 \u2022 \u2022"));
        assertEquals(Furniture.Kind.LINE, furniture.kind("All news"));
        assertEquals(Furniture.Kind.LINE, furniture.kind("Save Story"));
        assertEquals(Furniture.Kind.LINE, furniture.kind("Estimated read time: 4 minutes"));
        assertEquals(Furniture.Kind.BLOCK, furniture.kind("More from Brussels"));
        assertEquals(Furniture.Kind.END, furniture.kind("3 Comments"));
        assertEquals(
                Furniture.Kind.NONE, furniture.kind("Home ministers met in Brussels on Monday."));
        assertEquals(
                Furniture.Kind.NONE,
                furniture.kind("The ministers read more than forty reports before they met."));
    }

    @Test
    void takesGluedEntriesOutOfASentenceWhereverTheyStand() {
        assertEquals(
                "The allies met in Brussels.",
                furniture.withoutGlued("Scroll to Top The allies met in Brussels."));
        assertEquals(
                "The allies met in Brussels.",
                furniture.withoutGlued("The allies met Skip to main content in Brussels."));
        assertEquals(
                "The allies met in Brussels.",
                furniture.withoutGlued("The allies met in Brussels. Share this article"));
        assertEquals("", furniture.withoutGlued("Monday, May 6, 2024 Menu"));
        assertEquals(
                "14 June 2021 was the day the allies met.",
                furniture.withoutGlued("14 June 2021 was the day the allies met."));
    }

    @Test
    void leavesProseThatOnlyUsesTheWordsAlone() {
        for (String sentence :
                List.of(
                        "No one would go back to the old ways, the minister said.",
                        "Rescue teams will search the area and share the source of the data.",
                        "Back-to-top buttons are not news, and neither  is this.")) {
            assertEquals(sentence, furniture.withoutGlued(sentence));
        }
    }
}
