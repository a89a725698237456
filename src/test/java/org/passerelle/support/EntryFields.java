package org.passerelle.support;

import static org.springframework.restdocs.payload.PayloadDocumentation.fieldWithPath;
import static org.springframework.restdocs.payload.PayloadDocumentation.subsectionWithPath;

import java.util.ArrayList;
import java.util.List;

import org.springframework.restdocs.payload.FieldDescriptor;
import org.springframework.restdocs.payload.JsonFieldType;

/** Field descriptions of entries, shared by the entry, revision and search documentation. */
public final class EntryFields {

    private EntryFields() {
    }

    /** What an editor sends. */
    public static List<FieldDescriptor> editable() {
        return new ArrayList<>(List.of(
                fieldWithPath("territory").description("Slug of the owning territory (the editor's own)"),
                fieldWithPath("slug").optional().type(JsonFieldType.STRING)
                        .description("Unique within the territory; derived from the title when absent"),
                fieldWithPath("kind").description("`heritage-site`, `craft`, `exhibition` or `event`"),
                DocFields.multilingual("title", "Title, required in at least one language"),
                DocFields.multilingual("summary", "Short summary").optional(),
                DocFields.multilingual("description", "Markdown description, rendered sanitised").optional(),
                fieldWithPath("location").optional().type(JsonFieldType.OBJECT).description("Position"),
                fieldWithPath("location.lat").optional().type(JsonFieldType.NUMBER).description("Latitude, -90 to 90"),
                fieldWithPath("location.lon").optional().type(JsonFieldType.NUMBER).description("Longitude, -180 to 180"),
                fieldWithPath("address").optional().type(JsonFieldType.STRING).description("Postal address"),
                fieldWithPath("designation").optional().type(JsonFieldType.STRING).description(
                        "Heritage sites: `world-heritage`, `world-heritage-tentative`, `national` or `regional`"),
                fieldWithPath("inscribedYear").optional().type(JsonFieldType.NUMBER)
                        .description("Heritage sites: year of inscription"),
                fieldWithPath("craft").optional().type(JsonFieldType.STRING).description("Crafts: `spinning`, "
                        + "`textile`, `dyeing`, `pottery`, `glass`, `lacquer`, `metal`, `wood`, `paper` or `other`"),
                fieldWithPath("training").optional().type(JsonFieldType.BOOLEAN)
                        .description("Crafts: whether workshops take trainees or apprentices"),
                fieldWithPath("startDate").optional().type(JsonFieldType.STRING)
                        .description("Exhibitions and events (required there): first day, `YYYY-MM-DD`"),
                fieldWithPath("endDate").optional().type(JsonFieldType.STRING)
                        .description("Exhibitions and events (required there): last day, not before `startDate`"),
                fieldWithPath("venue").optional().type(JsonFieldType.STRING).description("Exhibitions and events: venue"),
                fieldWithPath("artForms").optional().type(JsonFieldType.ARRAY).description("`contemporary-art`, "
                        + "`design`, `music`, `performance`, `craft`, `heritage`"),
                fieldWithPath("tags").optional().type(JsonFieldType.ARRAY).description("Free keywords"),
                fieldWithPath("website").optional().type(JsonFieldType.STRING).description("An http(s) URL"),
                fieldWithPath("sources").optional().type(JsonFieldType.ARRAY)
                        .description("http(s) URLs of the sources of the description")));
    }

    /** What the service returns: the editable fields plus the managed ones. */
    public static List<FieldDescriptor> read() {
        List<FieldDescriptor> fields = editable();
        fields.add(fieldWithPath("id").description("Server-assigned, stable, URL-safe identifier"));
        fields.add(fieldWithPath("status").description("`draft`, `published` or `archived` (read-only)"));
        fields.add(fieldWithPath("version").description("Incremented on every change; the ETag is `\"v<version>\"`"));
        fields.add(fieldWithPath("createdAt").description("Instant of creation (UTC)"));
        fields.add(fieldWithPath("updatedAt").description("Instant of the last change (UTC)"));
        fields.add(fieldWithPath("publishedAt").optional().type(JsonFieldType.STRING)
                .description("Instant of the last publication (null for drafts)"));
        fields.add(subsectionWithPath("media").description("Images and documents of the entry (read-only)"));
        return fields;
    }

    /** The same in one language ({@code ?lang=}): texts are strings and {@code languages}/{@code lang} are added. */
    public static List<FieldDescriptor> localized() {
        List<FieldDescriptor> fields = new ArrayList<>();
        for (FieldDescriptor field : read()) {
            String path = field.getPath();
            if (path.equals("title") || path.equals("summary") || path.equals("description")) {
                fields.add(fieldWithPath(path).optional().type(JsonFieldType.STRING)
                        .description("Text in the language asked, falling back to en, fr, ja"));
            } else {
                fields.add(field);
            }
        }
        fields.add(fieldWithPath("languages").description("Languages the entry's texts exist in"));
        fields.add(fieldWithPath("lang").description("The language asked"));
        return fields;
    }
}
