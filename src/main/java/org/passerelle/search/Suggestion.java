package org.passerelle.search;

/** A completion of what a visitor is typing: an entry's title, in the language that matched. */
public record Suggestion(String text, String entryId) {
}
