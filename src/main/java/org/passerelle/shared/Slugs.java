package org.passerelle.shared;

import java.text.Normalizer;
import java.util.Locale;

/** Derives URL slugs from titles: "Cathédrale de Chartres" becomes "cathedrale-de-chartres". */
public final class Slugs {

    private Slugs() {
    }

    /** The slug of a text, or an empty string when nothing in it is Latin letters or digits. */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return slug;
    }
}
