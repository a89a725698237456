package org.passerelle.media;

import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
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
        LanguageResult result = detector().detect(text.length() > SAMPLE ? text.substring(0, SAMPLE) : text);
        return result.isUnknown() || !result.isReasonablyCertain() ? null : result.getLanguage();
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
