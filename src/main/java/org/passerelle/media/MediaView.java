package org.passerelle.media;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The Media resource of the contract, plus {@code url} (the original) and what the EXIF offers. */
@Component
class MediaView {

    private final JsonMapper json;

    MediaView(JsonMapper json) {
        this.json = json;
    }

    static String url(String id, Rendition rendition) {
        return "/media/" + id + "/" + rendition.code();
    }

    ObjectNode render(Media m) {
        ObjectNode node = json.createObjectNode();
        node.put("id", m.id());
        node.put("type", m.kind().code());
        node.put("mediaType", m.mediaType());
        node.put("bytes", m.bytes());
        ObjectNode caption = node.putObject("caption");
        m.caption().forEach(caption::put);
        node.put("credit", m.credit());
        node.put("license", m.license());
        node.put("fileName", m.fileName());
        node.put("url", url(m.id(), Rendition.ORIGINAL));
        if (m.isImage()) {
            node.put("width", m.width());
            node.put("height", m.height());
            ObjectNode renditions = node.putObject("renditions");
            for (Rendition r : new Rendition[] {Rendition.THUMB, Rendition.SMALL, Rendition.MEDIUM, Rendition.LARGE}) {
                renditions.put(r.code(), url(m.id(), r));
            }
            if (m.exif() != null) {
                node.set("exif", exif(m.exif()));
            }
        } else {
            node.put("pages", m.pages());
            node.put("language", m.language());
            node.put("characters", m.characters());
        }
        node.put("createdAt", m.createdAt().toString());
        return node;
    }

    private ObjectNode exif(ExifSummary exif) {
        ObjectNode node = json.createObjectNode();
        node.put("takenAt", exif.takenAt());
        node.put("author", exif.author());
        node.put("copyright", exif.copyright());
        if (exif.latitude() != null) {
            ObjectNode location = node.putObject("location");
            location.put("lat", exif.latitude());
            location.put("lon", exif.longitude());
        } else {
            node.putNull("location");
        }
        return node;
    }
}
