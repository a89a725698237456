package org.passerelle.web;

import java.util.Map;

import org.passerelle.entry.Codes.Kind;
import org.passerelle.entry.Entry;
import org.passerelle.entry.EntryContent;
import org.passerelle.entry.EntryView;
import org.passerelle.shared.Lang;
import org.passerelle.territory.Territory;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * schema.org descriptions of entries, for search engines and partner sites. Heritage sites are
 * {@code LandmarksOrHistoricalBuildings} that are also tourist attractions; exhibitions are
 * {@code ExhibitionEvent}s and events {@code Event}s; a living craft is a {@code CreativeWork} (a
 * tradition made by people, neither a building nor a dated event) with the craft as its
 * {@code genre} and where it is practised as {@code locationCreated}. Without a language, texts are
 * JSON-LD value objects tagged with their language; with one, plain strings in that language.
 */
@Component
class JsonLd {

    static final String MEDIA_TYPE = "application/ld+json";

    private final EntryView view;
    private final PublicUrls urls;
    private final JsonMapper json;

    JsonLd(EntryView view, PublicUrls urls, JsonMapper json) {
        this.view = view;
        this.urls = urls;
        this.json = json;
    }

    ObjectNode describe(Entry entry, Territory territory, Lang lang) {
        EntryContent content = entry.content();
        ObjectNode node = json.createObjectNode();
        node.put("@context", "https://schema.org");
        node.put("@type", type(content.kind()));
        if (content.kind() == Kind.HERITAGE_SITE) {
            node.put("additionalType", "https://schema.org/TouristAttraction");
        }
        String page = urls.entryPage(entry.id());
        node.put("@id", page);
        node.put("url", page);
        node.put("identifier", entry.id());
        text(node, "name", content.title(), lang);
        text(node, "description", content.summary(), lang);
        if (lang != null) {
            node.put("inLanguage", lang.name());
        } else {
            ArrayNode languages = node.putArray("inLanguage");
            content.title().keySet().forEach(languages::add);
        }
        ObjectNode place = place(content, territory, lang);
        switch (content.kind()) {
            case HERITAGE_SITE -> placeFields(node, place);
            case CRAFT -> {
                node.put("genre", content.craft() == null ? "craft" : content.craft().code());
                node.set("locationCreated", place);
            }
            case EXHIBITION, EVENT -> {
                if (content.startDate() != null) {
                    node.put("startDate", content.startDate().toString());
                }
                if (content.endDate() != null) {
                    node.put("endDate", content.endDate().toString());
                }
                node.put("eventStatus", "https://schema.org/EventScheduled");
                node.put("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode");
                node.set("location", place);
            }
        }
        if (content.website() != null) {
            node.putArray("sameAs").add(content.website());
        }
        if (content.tags() != null && !content.tags().isEmpty()) {
            node.put("keywords", String.join(", ", content.tags()));
        }
        if (entry.publishedAt() != null) {
            node.put("datePublished", entry.publishedAt().toString());
        }
        node.put("dateModified", entry.updatedAt().toString());
        images(node, view.render(entry, lang).get("media"));
        if (territory != null) {
            ObjectNode publisher = node.putObject("publisher");
            publisher.put("@type", "GovernmentOrganization");
            text(publisher, "name", territory.name(), lang);
            if (territory.website() != null) {
                publisher.put("url", territory.website());
            }
        }
        return node;
    }

    private static String type(Kind kind) {
        return switch (kind) {
            case HERITAGE_SITE -> "LandmarksOrHistoricalBuildings";
            case CRAFT -> "CreativeWork";
            case EXHIBITION -> "ExhibitionEvent";
            case EVENT -> "Event";
        };
    }

    private ObjectNode place(EntryContent content, Territory territory, Lang lang) {
        ObjectNode place = json.createObjectNode();
        place.put("@type", "Place");
        if (content.venue() != null) {
            place.put("name", content.venue());
        } else {
            text(place, "name", content.title(), lang);
        }
        ObjectNode address = place.putObject("address");
        address.put("@type", "PostalAddress");
        if (content.address() != null) {
            address.put("streetAddress", content.address());
        }
        if (territory != null) {
            text(address, "addressLocality", territory.name(), lang);
            if (territory.region() != null) {
                address.put("addressRegion", territory.region());
            }
            address.put("addressCountry", territory.country());
        }
        if (content.location() != null) {
            ObjectNode geo = place.putObject("geo");
            geo.put("@type", "GeoCoordinates");
            geo.put("latitude", content.location().lat());
            geo.put("longitude", content.location().lon());
        }
        return place;
    }

    /** A heritage site is itself the place: its address and coordinates go on the node. */
    private static void placeFields(ObjectNode node, ObjectNode place) {
        node.set("address", place.get("address"));
        if (place.has("geo")) {
            node.set("geo", place.get("geo"));
        }
    }

    private void images(ObjectNode node, JsonNode media) {
        if (media == null || !media.isArray()) {
            return;
        }
        ArrayNode images = json.createArrayNode();
        for (JsonNode item : media) {
            if (!"image".equals(item.path("type").asString(null))) {
                continue;
            }
            JsonNode renditions = item.path("renditions");
            ObjectNode image = images.addObject();
            image.put("@type", "ImageObject");
            image.put("contentUrl", urls.absolute(renditions.path("large").asString(null)));
            image.put("thumbnailUrl", urls.absolute(renditions.path("thumb").asString(null)));
            if (item.hasNonNull("width")) {
                image.put("width", item.get("width").asInt());
                image.put("height", item.path("height").asInt());
            }
            JsonNode caption = item.get("caption");
            if (caption != null && caption.isString()) {
                image.put("caption", caption.stringValue());
            } else if (caption != null && caption.isObject()) {
                image.set("caption", values(json.convertValue(caption, Map.class)));
            }
            if (item.hasNonNull("credit")) {
                image.put("creditText", item.get("credit").asString());
                image.put("copyrightNotice", item.get("credit").asString());
            }
            if (item.hasNonNull("license")) {
                image.put("license", licenseUrl(item.get("license").asString()));
            }
        }
        if (!images.isEmpty()) {
            node.set("image", images);
        }
    }

    /** SPDX ids name a public licence page; "all-rights-reserved" has none, so it stays as text. */
    static String licenseUrl(String license) {
        return license.equals("all-rights-reserved") ? license : "https://spdx.org/licenses/" + license + ".html";
    }

    private void text(ObjectNode node, String field, Map<String, String> texts, Lang lang) {
        if (texts == null || texts.isEmpty()) {
            return;
        }
        if (lang != null) {
            node.put(field, lang.pick(texts));
        } else {
            node.set(field, values(texts));
        }
    }

    private ArrayNode values(Map<?, ?> texts) {
        ArrayNode values = json.createArrayNode();
        texts.forEach((language, text) -> values.addObject().put("@value", String.valueOf(text))
                .put("@language", String.valueOf(language)));
        return values;
    }
}
