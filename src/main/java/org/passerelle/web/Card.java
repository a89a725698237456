package org.passerelle.web;

import java.time.LocalDate;

/**
 * An entry as a listing shows it, in one language: what the pages, the embed and the oEmbed card
 * need, already picked (title with fallback, first image with its credit).
 */
record Card(String id, String kind, String title, String summary, LocalDate startDate, LocalDate endDate,
        String place, String territoryName, Image image) {

    /** The entry's first image: rendition URLs (relative to our origin), alt text, credit and licence. */
    record Image(String thumb, String medium, int width, int height, String alt, String credit, String license) {
    }

    boolean dated() {
        return startDate != null;
    }
}
