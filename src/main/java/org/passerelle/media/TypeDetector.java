package org.passerelle.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.passerelle.shared.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Decides an upload's type from its bytes alone (magic numbers, and the inside of ZIP containers for
 * office documents). The file name and the declared type are never shown to the detector: a PNG
 * named {@code .pdf} is a PNG, and HTML named {@code .jpg} is HTML, hence refused.
 */
@Component
class TypeDetector {

    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();

    Detected detect(Path file) {
        String type;
        try (InputStream in = TikaInputStream.get(file)) {
            type = detector.detect(in, new Metadata()).getBaseType().toString();
        } catch (IOException e) {
            throw unsupported("The file could not be read.");
        }
        MediaKind kind = MediaKind.ACCEPTED.get(type);
        if (kind == null) {
            throw unsupported("Files of type " + type + " are not accepted. Images: JPEG, PNG, WebP, GIF; "
                    + "documents: PDF, DOCX, ODT, PPTX, plain text.");
        }
        return new Detected(type, kind);
    }

    record Detected(String mediaType, MediaKind kind) {
    }

    static ApiProblem unsupported(String detail) {
        return new ApiProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type",
                detail);
    }
}
