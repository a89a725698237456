package org.passerelle.shared;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Checks one present JSON value against the rules of its kind of field, reporting into the errors of
 * the {@link FieldReader} that owns it. The reader decides which fields exist and which are required;
 * this class only knows what a good text, list, number, location, slug, date or URL looks like.
 */
final class FieldValueChecks {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?");

    private final List<FieldError> errors;

    FieldValueChecks(List<FieldError> errors) {
        this.errors = errors;
    }

    private void reject(String path, String message) {
        errors.add(new FieldError(path, message));
    }

    String text(String path, JsonNode node, int maxLength, boolean required) {
        if (!node.isString()) {
            reject(path, "must be a string");
            return null;
        }
        String value = node.stringValue().strip();
        if (value.isEmpty()) {
            if (required) {
                reject(path, "must not be blank");
            }
            return null;
        }
        if (value.length() > maxLength) {
            reject(path, "must be at most " + maxLength + " characters");
            return null;
        }
        if (value.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
            reject(path, "must not contain control characters");
            return null;
        }
        return value;
    }

    Map<String, String> multilingual(String path, JsonNode node, int maxLength, boolean required) {
        if (!node.isObject()) {
            reject(path, "must be an object keyed by language (fr, ja, en)");
            return null;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String languagePath = path + "." + entry.getKey();
            if (Lang.parse(entry.getKey()).isEmpty()) {
                reject(languagePath, "unknown language: use fr, ja or en");
                continue;
            }
            if (entry.getValue().isNull()) {
                continue;
            }
            String text = text(languagePath, entry.getValue(), maxLength, false);
            if (text != null) {
                texts.put(entry.getKey(), text);
            }
        }
        if (texts.isEmpty()) {
            if (required) {
                reject(path, "needs a text in at least one of fr, ja, en");
            }
            return null;
        }
        return Lang.ordered(texts);
    }

    List<String> strings(String path, JsonNode node, int maxLength, int maxItems) {
        if (!node.isArray()) {
            reject(path, "must be an array of strings");
            return null;
        }
        if (node.size() > maxItems) {
            reject(path, "must have at most " + maxItems + " items");
            return null;
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String value = text(path + "[" + i + "]", node.get(i), maxLength, true);
            if (value != null && !values.contains(value)) {
                values.add(value);
            }
        }
        return values;
    }

    Integer integer(String path, JsonNode node, int min, int max) {
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            reject(path, "must be a whole number");
            return null;
        }
        int value = node.asInt();
        if (value < min || value > max) {
            reject(path, "must be between " + min + " and " + max);
            return null;
        }
        return value;
    }

    Boolean bool(String path, JsonNode node) {
        if (!node.isBoolean()) {
            reject(path, "must be true or false");
            return null;
        }
        return node.booleanValue();
    }

    GeoPoint location(String path, JsonNode node) {
        if (!node.isObject()) {
            reject(path, "must be an object {\"lat\": number, \"lon\": number}");
            return null;
        }
        for (String key : node.propertyNames()) {
            if (!key.equals("lat") && !key.equals("lon")) {
                reject(path + "." + key, "unknown field: a location has only lat and lon");
            }
        }
        Double lat = coordinate(path + ".lat", node.get("lat"), 90);
        Double lon = coordinate(path + ".lon", node.get("lon"), 180);
        return lat == null || lon == null ? null : new GeoPoint(lat, lon);
    }

    private Double coordinate(String path, JsonNode node, double bound) {
        if (node == null || node.isNull()) {
            reject(path, "is required");
            return null;
        }
        if (!node.isNumber()) {
            reject(path, "must be a number");
            return null;
        }
        double value = node.asDouble();
        if (!Double.isFinite(value) || value < -bound || value > bound) {
            reject(path, "must be between " + -bound + " and " + bound);
            return null;
        }
        return value;
    }

    String slug(String path, String value) {
        if (!SLUG.matcher(value).matches()) {
            reject(path, "must be 2 to 64 of a-z, 0-9 and '-', not starting or ending with '-'");
            return null;
        }
        if (value.length() < 2) {
            reject(path, "must be 2 to 64 characters");
            return null;
        }
        return value;
    }

    static boolean isSlug(String value) {
        return value != null && value.length() >= 2 && SLUG.matcher(value).matches();
    }

    LocalDate date(String path, String value) {
        try {
            if (value.length() != 10) {
                throw new DateTimeParseException("length", value, 0);
            }
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            reject(path, "must be a date YYYY-MM-DD");
            return null;
        }
    }

    String webUrl(String path, String value) {
        if (!isWebUrl(value)) {
            reject(path, "must be an absolute http or https URL");
            return null;
        }
        return value;
    }

    static boolean isWebUrl(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
