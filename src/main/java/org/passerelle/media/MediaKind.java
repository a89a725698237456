package org.passerelle.media;

import java.util.Map;

/** What an upload is, decided from its bytes: the accepted types and nothing else. */
enum MediaKind {
    IMAGE("image"), DOCUMENT("document");

    /** The accepted media types. SVG and HTML are absent on purpose: they carry scripts. */
    static final Map<String, MediaKind> ACCEPTED = Map.of(
            "image/jpeg", IMAGE,
            "image/png", IMAGE,
            "image/webp", IMAGE,
            "image/gif", IMAGE,
            "application/pdf", DOCUMENT,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", DOCUMENT,
            "application/vnd.oasis.opendocument.text", DOCUMENT,
            "application/vnd.openxmlformats-officedocument.presentationml.presentation", DOCUMENT,
            "text/plain", DOCUMENT);

    private final String code;

    MediaKind(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    static MediaKind of(String code) {
        return code.equals(IMAGE.code) ? IMAGE : DOCUMENT;
    }
}
