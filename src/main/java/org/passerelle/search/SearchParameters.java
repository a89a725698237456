package org.passerelle.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.passerelle.entry.Codes.ArtForm;
import org.passerelle.entry.Codes.Coded;
import org.passerelle.entry.Codes.Craft;
import org.passerelle.entry.Codes.Designation;
import org.passerelle.entry.Codes.Kind;
import org.passerelle.search.SearchQuery.Sort;
import org.passerelle.shared.ApiProblem;
import org.passerelle.shared.Representations;
import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;

/**
 * Reads the query parameters of {@code GET /api/v1/entries} into a {@link SearchQuery}. Anything
 * malformed is a 400 problem naming the parameter; nothing here can throw anything else.
 * Coded filters take repeated parameters or comma lists ({@code kind=craft&kind=event}, {@code kind=craft,event}).
 */
final class SearchParameters {

    private static final int MAX_VALUES = 50;

    private SearchParameters() {
    }

    static SearchQuery read(MultiValueMap<String, String> params) {
        SearchQuery.Builder query = SearchQuery.builder();
        query.q(single(params, "q"));
        query.kind(codes(params, "kind", Kind.values()).toArray(Kind[]::new));
        query.craft(codes(params, "craft", Craft.values()).toArray(Craft[]::new));
        query.designation(codes(params, "designation", Designation.values()).toArray(Designation[]::new));
        query.artForm(codes(params, "artForm", ArtForm.values()).toArray(ArtForm[]::new));
        query.territory(values(params, "territory", true).toArray(String[]::new));
        query.country(values(params, "country", true).stream().map(c -> c.toUpperCase(Locale.ROOT))
                .toArray(String[]::new));
        query.tag(values(params, "tag", false).toArray(String[]::new));
        String training = single(params, "training");
        if (training != null) {
            if (!training.equals("true") && !training.equals("false")) {
                throw bad("training", "must be true or false");
            }
            query.training(Boolean.valueOf(training));
        }
        LocalDate from = date(params, "from");
        LocalDate to = date(params, "to");
        if (from != null && to != null && to.isBefore(from)) {
            throw bad("to", "must not be before from");
        }
        query.from(from).to(to);
        GeoParameters.read(params, query);
        query.lang(Representations.lang(single(params, "lang")));
        String sort = single(params, "sort");
        if (sort != null) {
            Sort parsed = Sort.of(sort);
            if (parsed == null) {
                throw bad("sort", "must be one of relevance, updated, date, distance, title");
            }
            query.sort(parsed);
        }
        query.size(integer(params, "size", SearchQuery.DEFAULT_SIZE));
        String cursor = single(params, "cursor");
        if (cursor != null && params.containsKey("page")) {
            throw bad("page", "give either page or cursor, not both");
        }
        query.page(integer(params, "page", 1));
        query.cursor(cursor == null || cursor.isEmpty() ? null : cursor);
        query.facets(facets(single(params, "facets")));
        return query.build();
    }

    static int integer(MultiValueMap<String, String> params, String name, int absent) {
        String value = single(params, name);
        if (value == null) {
            return absent;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw bad(name, "must be a whole number");
        }
    }

    static String single(MultiValueMap<String, String> params, String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw bad(name, "may be given once");
        }
        return values.get(0);
    }

    private static List<String> values(MultiValueMap<String, String> params, String name, boolean commaLists) {
        List<String> values = new ArrayList<>();
        for (String value : params.getOrDefault(name, List.of())) {
            for (String part : commaLists ? value.split(",") : new String[] {value}) {
                if (!part.isBlank()) {
                    values.add(part.strip());
                }
            }
        }
        if (values.size() > MAX_VALUES) {
            throw bad(name, "at most " + MAX_VALUES + " values");
        }
        return values;
    }

    private static <E extends Coded> List<E> codes(MultiValueMap<String, String> params, String name, E[] all) {
        List<E> codes = new ArrayList<>();
        for (String value : values(params, name, true)) {
            E found = find(all, value, Coded::code);
            if (found == null) {
                List<String> allowed = java.util.Arrays.stream(all).map(Coded::code).toList();
                throw bad(name, "'" + abbreviate(value) + "' is not one of " + String.join(", ", allowed));
            }
            codes.add(found);
        }
        return codes;
    }

    private static Set<Facet> facets(String value) {
        if (value == null) {
            return EnumSet.allOf(Facet.class);
        }
        Set<Facet> facets = EnumSet.noneOf(Facet.class);
        for (String part : value.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            Facet facet = Facet.of(part.strip());
            if (facet == null) {
                throw bad("facets", "'" + abbreviate(part) + "' is not one of kind, country, territory, craft,"
                        + " designation, artForm, tag");
            }
            facets.add(facet);
        }
        return facets;
    }

    private static LocalDate date(MultiValueMap<String, String> params, String name) {
        String value = single(params, name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw bad(name, "must be a date YYYY-MM-DD");
        }
    }

    private static <E> E find(E[] all, String code, Function<E, String> codeOf) {
        for (E value : all) {
            if (codeOf.apply(value).equals(code)) {
                return value;
            }
        }
        return null;
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }

    static ApiProblem bad(String parameter, String message) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "bad-request", "Malformed request",
                parameter + ": " + message, List.of(new org.passerelle.shared.FieldError(parameter, message)));
    }
}
