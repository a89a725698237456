package org.passerelle.media;

import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageConfidence;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;
import org.springframework.stereotype.Component;

/** The language of a document's text, when the detector is reasonably sure of it. */
@Component
class LanguageGuesser {

    /** Enough text to decide; more only costs time. */
    private static final int SAMPLE = 20_000;

    private LanguageDetector detector;

    /** An ISO 639-1 code, or null when the text is too short or too mixed to tell. */
    synchronized String guess(String text) {
        if (text.isBlank()) {
            return null;
        }
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        if (hasKana(sample)) {
            // kanji-heavy Japanese scores as Chinese with n-gram models; kana is Japanese only
            return "ja";
        }
        LanguageResult result = detector().detect(sample);
        if (result.isUnknown()) {
            return null;
        }
        boolean sure = result.isReasonablyCertain()
                || (result.getConfidence() == LanguageConfidence.MEDIUM && result.getRawScore() >= 0.5f);
        return sure ? result.getLanguage() : null;
    }

    /** Whether hiragana or katakana make up at least a tenth of the letters among the CJK ones. */
    static boolean hasKana(String text) {
        int kana = 0;
        int cjk = 0;
        for (int i = 0; i < text.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(i));
            if (script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA) {
                kana++;
            } else if (script == Character.UnicodeScript.HAN) {
                cjk++;
            }
        }
        return kana >= 3 && kana * 10 >= kana + cjk;
    }

    /** The models take a second and some memory to load: only when a document first needs them. */
    private LanguageDetector detector() {
        if (detector == null) {
            try {
                detector = new OptimaizeLangDetector().loadModels();
            } catch (RuntimeException e) {
                throw new IllegalStateException("Cannot load the language models", e);
            }
        }
        return detector;
    }
}
