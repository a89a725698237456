package org.passerelle.territory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.passerelle.shared.FieldReader;
import org.passerelle.shared.TextLimits;

import tools.jackson.databind.JsonNode;

/** Reads and validates territory bodies, reporting every invalid field. */
public final class TerritoryForm {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final List<String> RELATIONS = Arrays.stream(Territory.Relation.values()).map(Enum::name)
            .collect(Collectors.toList());

    private TerritoryForm() {
    }

    public static Territory read(JsonNode body, TextLimits limits) {
        FieldReader in = new FieldReader(body, limits);
        Territory territory = read(in);
        in.rejectUnknownFields();
        in.throwIfInvalid();
        return territory;
    }

    private static Territory read(FieldReader in) {
        String slug = in.slug("slug", true);
        var name = in.multilingual("name", in.limits().title(), true);
        String country = in.text("country", 2, true);
        if (country != null && !COUNTRIES.contains(country)) {
            in.reject("country", "must be an ISO 3166-1 alpha-2 code in capitals, such as FR or JP");
        }
        String region = in.text("region", in.limits().text(), false);
        var location = in.location("location");
        String website = in.url("website");
        List<String> sources = in.urls("sources", 20);
        in.ignore("partners");
        return new Territory(slug, name, country, region, location, website, null, sources);
    }

    public static List<Territory.Partner> readPartners(JsonNode body, String self) {
        List<Territory.Partner> partners = new ArrayList<>();
        var errors = new ArrayList<org.passerelle.shared.FieldError>();
        if (body == null || !body.isArray()) {
            throw org.passerelle.shared.ApiProblem.invalid("", "must be an array of partners");
        }
        for (int i = 0; i < body.size(); i++) {
            FieldReader in = new FieldReader(body.get(i), null);
            String territory = in.slug("territory", true);
            Territory.Relation relation = in.code("relation", TerritoryForm::relation, RELATIONS, true);
            Integer since = in.integer("since", 1000, 2100);
            in.rejectUnknownFields();
            if (self.equals(territory)) {
                in.reject("territory", "a territory cannot partner with itself");
            }
            if (partners.stream().anyMatch(p -> p.territory().equals(territory))) {
                in.reject("territory", "is listed twice");
            }
            String prefix = "[" + i + "]";
            in.errors().forEach(e -> errors.add(new org.passerelle.shared.FieldError(
                    e.field().isEmpty() ? prefix : prefix + "." + e.field(), e.message())));
            if (in.errors().isEmpty()) {
                partners.add(new Territory.Partner(territory, relation, since));
            }
        }
        if (!errors.isEmpty()) {
            throw org.passerelle.shared.ApiProblem.invalid(errors);
        }
        return partners;
    }

    private static Territory.Relation relation(String code) {
        return RELATIONS.contains(code) ? Territory.Relation.valueOf(code) : null;
    }
}
