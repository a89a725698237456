package org.passerelle.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The languages Passerelle publishes in. */
public enum Lang {
    fr, ja, en;

    public static Optional<Lang> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Lang lang : values()) {
            if (lang.name().equals(code)) {
                return Optional.of(lang);
            }
        }
        return Optional.empty();
    }

    /** The order in which a text is looked up when {@code this} is asked: this, en, fr, ja. */
    public List<Lang> fallbackOrder() {
        List<Lang> order = new ArrayList<>(List.of(this));
        for (Lang lang : List.of(en, fr, ja)) {
            if (!order.contains(lang)) {
                order.add(lang);
            }
        }
        return order;
    }

    /** Picks the text in this language, falling back as the API contract says; null when empty. */
    public String pick(Map<String, String> text) {
        if (text == null) {
            return null;
        }
        for (Lang lang : fallbackOrder()) {
            String value = text.get(lang.name());
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** Orders a multilingual text fr, ja, en so that stored documents are stable. */
    public static Map<String, String> ordered(Map<String, String> text) {
        Map<String, String> ordered = new LinkedHashMap<>();
        for (Lang lang : values()) {
            if (text.containsKey(lang.name())) {
                ordered.put(lang.name(), text.get(lang.name()));
            }
        }
        return ordered;
    }
}
