package org.passerelle.support;

import static org.springframework.restdocs.payload.PayloadDocumentation.fieldWithPath;
import static org.springframework.restdocs.payload.PayloadDocumentation.subsectionWithPath;

import java.util.ArrayList;
import java.util.List;

import org.springframework.restdocs.payload.FieldDescriptor;
import org.springframework.restdocs.payload.JsonFieldType;

/** Field descriptions shared by the REST Docs tests. */
public final class DocFields {

    private DocFields() {
    }

    /** Fields of every RFC 9457 problem. */
    public static List<FieldDescriptor> problem() {
        return new ArrayList<>(List.of(
                fieldWithPath("type").description("URI naming the kind of problem, such as `/problems/not-found`"),
                fieldWithPath("title").description("Short summary of the kind of problem"),
                fieldWithPath("status").description("HTTP status code"),
                fieldWithPath("detail").description("What went wrong with this request"),
                fieldWithPath("instance").optional().type(JsonFieldType.STRING)
                        .description("The request path")));
    }

    /** A problem with validation errors (422). */
    public static List<FieldDescriptor> validationProblem() {
        List<FieldDescriptor> fields = problem();
        fields.add(fieldWithPath("errors[].field").description("Path of the invalid field, such as `title.fr`"));
        fields.add(fieldWithPath("errors[].message").description("What is wrong with it"));
        return fields;
    }

    /** Multilingual text objects are documented once, as a subsection. */
    public static FieldDescriptor multilingual(String path, String description) {
        return subsectionWithPath(path).type(JsonFieldType.OBJECT)
                .description(description + " (multilingual: an object keyed by `fr`, `ja`, `en`)");
    }
}
