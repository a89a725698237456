package org.passerelle.search.analysis;

import java.text.Normalizer;
import java.util.Locale;

/** Whole-string forms of texts that both engines compute the same way (sort keys, prefix keys, scripts). */
public final class TextForms {

    private TextForms() {
    }

    /** Whole-string form for prefix matching from the start of a title and for title sorting. */
    public static String fold(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
        String decomposed = Normalizer.normalize(nfkc, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            // drop combining accents (Latin only: Japanese dakuten are recomposed below)
            if (Character.getType(c) == Character.NON_SPACING_MARK && c != '\u3099' && c != '\u309A') {
                continue;
            }
            out.append(c);
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** Hiragana to katakana, the script of readings. */
    public static String katakana(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '\u3041' && c <= '\u3096' ? (char) (c + 0x60) : c);
        }
        return out.toString();
    }

    /** Whether the text is kana only (what a Japanese visitor types before converting to kanji). */
    public static boolean isKana(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean kana = (c >= '\u3041' && c <= '\u309F') || (c >= '\u30A0' && c <= '\u30FF');
            if (!kana) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text has Han, kana or other CJK letters (document text and tags go to Japanese then). */
    public static boolean hasCjk(String text) {
        return text.codePoints().anyMatch(cp -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA;
        });
    }
}
