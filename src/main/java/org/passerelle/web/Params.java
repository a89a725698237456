package org.passerelle.web;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.passerelle.entry.Codes.Kind;
import org.passerelle.shared.ApiProblem;

/** Query parameters shared by the public reads; a bad value is a 400 problem naming the parameter. */
final class Params {

    private Params() {
    }

    static Kind kind(String code) {
        if (code == null || code.isEmpty()) {
            return null;
        }
        Kind kind = Kind.of(code);
        if (kind == null) {
            throw ApiProblem.badRequest("kind must be one of " + Arrays.stream(Kind.values()).map(Kind::code)
                    .collect(Collectors.joining(", ")) + ".");
        }
        return kind;
    }

    /** {@code size}: absent is the default; outside 1..max is refused. */
    static int size(String value, int defaultSize, int max) {
        if (value == null || value.isEmpty()) {
            return defaultSize;
        }
        int size;
        try {
            size = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest("size must be a whole number between 1 and " + max + ".");
        }
        if (size < 1 || size > max) {
            throw ApiProblem.badRequest("size must be between 1 and " + max + ".");
        }
        return size;
    }

    /** {@code size} for embeds written into partner pages: clamped rather than refused, so a page never breaks. */
    static int clampedSize(String value, int defaultSize, int max) {
        try {
            int size = value == null || value.isEmpty() ? defaultSize : Integer.parseInt(value.strip());
            return Math.max(1, Math.min(size, max));
        } catch (NumberFormatException e) {
            return defaultSize;
        }
    }
}
