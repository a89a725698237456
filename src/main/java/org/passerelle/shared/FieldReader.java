package org.passerelle.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of a JSON object one by one, collecting every problem instead of stopping at the
 * first, so that an editor sees all that is wrong with a form at once. Wrong JSON types, unknown enum
 * values, out-of-range numbers and unsafe URLs are reported by field path. This class knows the object
 * (which fields were asked for, which are missing); {@link FieldValueChecks} judges each value found.
 */
public final class FieldReader {

    private final JsonNode object;
    private final TextLimits limits;
    private final List<FieldError> errors = new ArrayList<>();
    private final FieldValueChecks check = new FieldValueChecks(errors);
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
        return check.text(field, node, maxLength, required);
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
        return check.multilingual(field, node, maxLength, required);
    }

    public String slug(String field, boolean required) {
        String value = text(field, 64, required);
        return value == null ? null : check.slug(field, value);
    }

    public static boolean isSlug(String value) {
        return FieldValueChecks.isSlug(value);
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
        return node == null ? null : check.strings(field, node, maxLength, maxItems);
    }

    public Integer integer(String field, int min, int max) {
        JsonNode node = node(field);
        return node == null ? null : check.integer(field, node, min, max);
    }

    public Boolean bool(String field) {
        JsonNode node = node(field);
        return node == null ? null : check.bool(field, node);
    }

    public LocalDate date(String field, boolean required) {
        String value = text(field, 10, required);
        return value == null ? null : check.date(field, value);
    }

    public GeoPoint location(String field) {
        JsonNode node = node(field);
        return node == null ? null : check.location(field, node);
    }

    /** An absolute http(s) URL with a host; {@code javascript:}, {@code data:} and relative URLs are refused. */
    public String url(String field) {
        String value = text(field, 2048, false);
        return value == null ? null : check.webUrl(field, value);
    }

    public List<String> urls(String field, int maxItems) {
        List<String> values = strings(field, 2048, maxItems);
        if (values != null) {
            for (int i = 0; i < values.size(); i++) {
                check.webUrl(field + "[" + i + "]", values.get(i));
            }
        }
        return values;
    }

    public static boolean isWebUrl(String value) {
        return FieldValueChecks.isWebUrl(value);
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
