package org.passerelle.shared;

/** One invalid field of a request, named by its JSON path such as {@code title.fr}. */
public record FieldError(String field, String message) {
}
