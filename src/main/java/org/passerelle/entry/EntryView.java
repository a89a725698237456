package org.passerelle.entry;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.passerelle.shared.Lang;
import org.passerelle.shared.Representations;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The JSON representation of an entry, whole or in one language, and its version ETag. */
@Component
public class EntryView {

    static final String[] TEXTS = {"title", "summary", "description"};
    private static final Pattern ETAG = Pattern.compile("\"v(\\d{1,18})(?:-[a-z-]+)?\"");

    private final JsonMapper json;
    private final List<EntryAttachments> attachments;

    EntryView(JsonMapper json, List<EntryAttachments> attachments) {
        this.json = json;
        this.attachments = attachments;
    }

    public ObjectNode render(Entry entry, Lang lang) {
        ObjectNode node = json.createObjectNode();
        node.put("id", entry.id());
        node.put("territory", entry.territory());
        node.setAll((ObjectNode) json.valueToTree(entry.content()));
        node.put("status", entry.status().code());
        node.put("version", entry.version());
        node.put("createdAt", entry.createdAt().toString());
        node.put("updatedAt", entry.updatedAt().toString());
        node.put("publishedAt", entry.publishedAt() == null ? null : entry.publishedAt().toString());
        var media = node.putArray("media");
        for (EntryAttachments source : attachments) {
            source.describe(entry.id()).forEach(media::add);
        }
        if (lang != null) {
            Representations.localize(node, lang, TEXTS);
            media.forEach(m -> {
                if (m instanceof ObjectNode item) {
                    Representations.localize(item, lang, "caption").remove("languages");
                }
            });
        }
        return node;
    }

    /** A strong ETag per version and representation: the same version in another language differs. */
    public static String etag(Entry entry, Lang lang) {
        return "\"v" + entry.version() + (lang == null ? "" : "-" + lang.name()) + "\"";
    }

    /**
     * The version an {@code If-Match} header names: null when absent, {@link EntryService#ANY_VERSION}
     * for {@code *}, and 0 (which no entry has) for weak or foreign tags, so that they fail as stale.
     */
    static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String first = ifMatch.split(",")[0].strip();
        if (first.equals("*")) {
            return EntryService.ANY_VERSION;
        }
        Matcher m = ETAG.matcher(first);
        return m.matches() ? Long.parseLong(m.group(1)) : 0L;
    }
}
