package org.passerelle.entry;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;

import org.passerelle.entry.Codes.ArtForm;
import org.passerelle.entry.Codes.Craft;
import org.passerelle.entry.Codes.Designation;
import org.passerelle.entry.Codes.Kind;
import org.passerelle.shared.FieldReader;
import org.passerelle.shared.TextLimits;

import tools.jackson.databind.JsonNode;

/**
 * Reads an entry body and applies the contract's rules, reporting every invalid field at once.
 * Server-managed fields ({@code id}, {@code status}, {@code version}, the dates, {@code media}) are
 * accepted so that a read can be edited and sent back, and never applied.
 */
public final class EntryForm {

    static final String[] READ_ONLY = {"id", "status", "version", "createdAt", "updatedAt", "publishedAt", "media",
        "languages", "lang"};

    private EntryForm() {
    }

    public record Submitted(String territory, EntryContent content) {
    }

    public static Submitted read(JsonNode body, TextLimits limits) {
        FieldReader in = new FieldReader(body, limits);
        in.ignore(READ_ONLY);
        String territory = in.slug("territory", true);
        EntryContent content = content(in, limits);
        in.rejectUnknownFields();
        in.throwIfInvalid();
        return new Submitted(territory, content);
    }

    private static EntryContent content(FieldReader in, TextLimits limits) {
        String slug = in.slug("slug", false);
        Kind kind = in.code("kind", Kind::of, Codes.all(Kind.class), true);
        var title = in.multilingual("title", limits.title(), true);
        var summary = in.multilingual("summary", limits.summary(), false);
        var description = in.multilingual("description", limits.description(), false);
        var location = in.location("location");
        String address = in.text("address", limits.text(), false);

        Designation designation = in.code("designation", c -> Codes.lookup(Designation.class, c),
                Codes.all(Designation.class), false);
        Integer inscribedYear = in.integer("inscribedYear", 1800, Year.now().getValue() + 1);
        Craft craft = in.code("craft", c -> Codes.lookup(Craft.class, c), Codes.all(Craft.class),
                kind == Kind.CRAFT);
        Boolean training = in.bool("training");
        LocalDate startDate = in.date("startDate", kind != null && kind.isDated());
        LocalDate endDate = in.date("endDate", kind != null && kind.isDated());
        String venue = in.text("venue", limits.text(), false);

        List<ArtForm> artForms = in.codes("artForms", c -> Codes.lookup(ArtForm.class, c), Codes.all(ArtForm.class));
        List<String> tags = in.strings("tags", 64, limits.tags());
        String website = in.url("website");
        List<String> sources = in.urls("sources", 20);

        if (kind != null) {
            onlyFor(in, kind, Kind.HERITAGE_SITE, "designation", designation);
            onlyFor(in, kind, Kind.HERITAGE_SITE, "inscribedYear", inscribedYear);
            onlyFor(in, kind, Kind.CRAFT, "craft", craft);
            onlyFor(in, kind, Kind.CRAFT, "training", training);
            if (!kind.isDated()) {
                onlyFor(in, kind, Kind.EVENT, "startDate", startDate);
                onlyFor(in, kind, Kind.EVENT, "endDate", endDate);
                onlyFor(in, kind, Kind.EVENT, "venue", venue);
            }
        }
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            in.reject("endDate", "must be on or after startDate");
        }
        return new EntryContent(slug, kind, title, summary, description, location, address, designation,
                inscribedYear, craft, training, startDate, endDate, venue, artForms, tags, website, sources);
    }

    private static void onlyFor(FieldReader in, Kind kind, Kind allowed, String field, Object value) {
        if (value != null && kind != allowed) {
            String kinds = allowed == Kind.EVENT ? "exhibition and event" : allowed.code();
            in.reject(field, "applies only to " + kinds + " entries, not " + kind.code());
        }
    }
}
