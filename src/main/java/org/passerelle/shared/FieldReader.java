package org.passerelle.shared;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of a JSON object one by one, collecting every problem instead of stopping at the
 * first, so that an editor sees all that is wrong with a form at once. Wrong JSON types, unknown enum
 * values, out-of-range numbers and unsafe URLs are reported by field path.
 */
public final class FieldReader {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?");

    private final JsonNode object;
    private final TextLimits limits;
    private final List<FieldError> errors = new ArrayList<>();
    private final Set<String> known = new LinkedHashSet<>();

    public FieldReader(JsonNode object, TextLimits limits) {
        this.object = object;
        this.limits = limits;
        if (object == null || !object.isObject()) {
            errors.add(new FieldError("", "must be a JSON object"));
        }
    }

    private JsonNode node(String field) {
        known.add(field);
        if (object == null || !object.isObject()) {
            return null;
        }
        JsonNode node = object.get(field);
        return node == null || node.isNull() ? null : node;
    }

    public void reject(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    /** Fields the server sets: accepted in a body (so a read can be sent back) but never applied. */
    public void ignore(String... fields) {
        known.addAll(List.of(fields));
    }

    public String text(String field, int maxLength, boolean required) {
        JsonNode node = node(field);
        if (node == null) {
            if (required) {
                reject(field, "is required");
            }
            return null;
        }
        return checkText(field, node, maxLength, required);
    }

    private String checkText(String field, JsonNode node, int maxLength, boolean required) {
        if (!node.isString()) {
            reject(field, "must be a string");
            return null;
        }
        String value = node.stringValue().strip();
        if (value.isEmpty()) {
            if (required) {
                reject(field, "must not be blank");
            }
            return null;
        }
        if (value.length() > maxLength) {
            reject(field, "must be at most " + maxLength + " characters");
            return null;
        }
        if (value.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
            reject(field, "must not contain control characters");
            return null;
        }
        return value;
    }

    /** A text keyed by language ({@code {"fr": "...", "ja": "..."}}); at least one language when required. */
    public Map<String, String> multilingual(String field, int maxLength, boolean required) {
        JsonNode node = node(field);
        if (node == null) {
            if (required) {
                reject(field, "is required (at least one of fr, ja, en)");
            }
            return null;
        }
        if (!node.isObject()) {
            reject(field, "must be an object keyed by language (fr, ja, en)");
            return null;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String path = field + "." + entry.getKey();
            if (Lang.parse(entry.getKey()).isEmpty()) {
                reject(path, "unknown language: use fr, ja or en");
                continue;
            }
            if (entry.getValue().isNull()) {
                continue;
            }
            String text = checkText(path, entry.getValue(), maxLength, false);
            if (text != null) {
                texts.put(entry.getKey(), text);
            }
        }
        if (texts.isEmpty()) {
            if (required) {
                reject(field, "needs a text in at least one of fr, ja, en");
            }
            return null;
        }
        return Lang.ordered(texts);
    }

    public String slug(String field, boolean required) {
        String value = text(field, 64, required);
        if (value != null && !SLUG.matcher(value).matches()) {
            reject(field, "must be 2 to 64 of a-z, 0-9 and '-', not starting or ending with '-'");
            return null;
        }
        if (value != null && value.length() < 2) {
            reject(field, "must be 2 to 64 characters");
            return null;
        }
        return value;
    }

    public static boolean isSlug(String value) {
        return value != null && value.length() >= 2 && SLUG.matcher(value).matches();
    }

    /** One of a fixed set of codes; the message lists them. */
    public <E> E code(String field, Function<String, E> lookup, List<String> allowed, boolean required) {
        String value = text(field, 64, required);
        if (value == null) {
            return null;
        }
        E result = lookup.apply(value);
        if (result == null) {
            reject(field, "must be one of " + String.join(", ", allowed));
        }
        return result;
    }

    public <E> List<E> codes(String field, Function<String, E> lookup, List<String> allowed) {
        List<String> values = strings(field, 64, 20);
        if (values == null) {
            return null;
        }
        List<E> result = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            E code = lookup.apply(values.get(i));
            if (code == null) {
                reject(field + "[" + i + "]", "must be one of " + String.join(", ", allowed));
            } else if (!result.contains(code)) {
                result.add(code);
            }
        }
        return result;
    }

    public List<String> strings(String field, int maxLength, int maxItems) {
        JsonNode node = node(field);
        if (node == null) {
            return null;
        }
        if (!node.isArray()) {
            reject(field, "must be an array of strings");
            return null;
        }
        if (node.size() > maxItems) {
            reject(field, "must have at most " + maxItems + " items");
            return null;
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String value = checkText(field + "[" + i + "]", node.get(i), maxLength, true);
            if (value != null && !values.contains(value)) {
                values.add(value);
            }
        }
        return values;
    }

    public Integer integer(String field, int min, int max) {
        JsonNode node = node(field);
        if (node == null) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            reject(field, "must be a whole number");
            return null;
        }
        int value = node.asInt();
        if (value < min || value > max) {
            reject(field, "must be between " + min + " and " + max);
            return null;
        }
        return value;
    }

    public Boolean bool(String field) {
        JsonNode node = node(field);
        if (node == null) {
            return null;
        }
        if (!node.isBoolean()) {
            reject(field, "must be true or false");
            return null;
        }
        return node.booleanValue();
    }

    public LocalDate date(String field, boolean required) {
        String value = text(field, 10, required);
        if (value == null) {
            return null;
        }
        try {
            if (value.length() != 10) {
                throw new DateTimeParseException("length", value, 0);
            }
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            reject(field, "must be a date YYYY-MM-DD");
            return null;
        }
    }

    public GeoPoint location(String field) {
        JsonNode node = node(field);
        if (node == null) {
            return null;
        }
        if (!node.isObject()) {
            reject(field, "must be an object {\"lat\": number, \"lon\": number}");
            return null;
        }
        for (String key : node.propertyNames()) {
            if (!key.equals("lat") && !key.equals("lon")) {
                reject(field + "." + key, "unknown field: a location has only lat and lon");
            }
        }
        Double lat = coordinate(field + ".lat", node.get("lat"), 90);
        Double lon = coordinate(field + ".lon", node.get("lon"), 180);
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

    /** An absolute http(s) URL with a host; {@code javascript:}, {@code data:} and relative URLs are refused. */
    public String url(String field) {
        String value = text(field, 2048, false);
        if (value == null) {
            return null;
        }
        if (!isWebUrl(value)) {
            reject(field, "must be an absolute http or https URL");
            return null;
        }
        return value;
    }

    public List<String> urls(String field, int maxItems) {
        List<String> values = strings(field, 2048, maxItems);
        if (values == null) {
            return null;
        }
        for (int i = 0; i < values.size(); i++) {
            if (!isWebUrl(values.get(i))) {
                reject(field + "[" + i + "]", "must be an absolute http or https URL");
            }
        }
        return values;
    }

    public static boolean isWebUrl(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    public TextLimits limits() {
        return limits;
    }

    /** Adds an error for every field of the object that no read asked for. */
    public void rejectUnknownFields() {
        if (object == null || !object.isObject()) {
            return;
        }
        for (String name : object.propertyNames()) {
            if (!known.contains(name)) {
                reject(name, "unknown field");
            }
        }
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Throws a 422 problem listing every error, if there is any. */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
    }
}
