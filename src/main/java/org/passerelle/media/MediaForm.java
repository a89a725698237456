package org.passerelle.media;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.passerelle.shared.ApiProblem;
import org.passerelle.shared.FieldError;
import org.passerelle.shared.Lang;
import org.passerelle.shared.TextLimits;
import org.springframework.util.MultiValueMap;

/**
 * The text fields of an upload: {@code caption.fr}, {@code caption.ja}, {@code caption.en},
 * {@code credit} and {@code license} (an SPDX-style id; {@code all-rights-reserved} when absent).
 */
record MediaForm(Map<String, String> caption, String credit, String license) {

    static final String DEFAULT_LICENSE = "all-rights-reserved";
    private static final Pattern LICENSE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.+-]{0,63}");

    static MediaForm read(MultiValueMap<String, String> fields, TextLimits limits) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, String> caption = new LinkedHashMap<>();
        for (String name : fields.keySet()) {
            if (name.startsWith("caption.") || name.equals("caption")) {
                String lang = name.substring(Math.min(name.length(), "caption.".length()));
                if (Lang.parse(lang).isEmpty()) {
                    errors.add(new FieldError(name, "captions are given per language: caption.fr, caption.ja, caption.en"));
                    continue;
                }
                String text = single(fields, name, limits.text(), errors);
                if (text != null) {
                    caption.put(lang, text);
                }
            }
        }
        String credit = single(fields, "credit", limits.text(), errors);
        String license = single(fields, "license", 64, errors);
        if (license != null && !LICENSE.matcher(license).matches()) {
            errors.add(new FieldError("license", "an SPDX-style licence id such as CC-BY-4.0, or all-rights-reserved"));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        return new MediaForm(caption, credit, license == null ? DEFAULT_LICENSE : license);
    }

    private static String single(MultiValueMap<String, String> fields, String name, int max, List<FieldError> errors) {
        List<String> values = fields.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            errors.add(new FieldError(name, "give it once"));
            return null;
        }
        String value = values.get(0).strip();
        if (value.isEmpty()) {
            return null;
        }
        if (value.codePointCount(0, value.length()) > max) {
            errors.add(new FieldError(name, "at most " + max + " characters"));
            return null;
        }
        if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            errors.add(new FieldError(name, "control characters are not allowed"));
            return null;
        }
        return value;
    }
}
