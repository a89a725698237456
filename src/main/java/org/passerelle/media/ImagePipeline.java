package org.passerelle.media;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Semaphore;

import javax.imageio.ImageIO;

import org.passerelle.media.ImageDecoder.Decoded;
import org.passerelle.media.RenditionRenderer.Encoded;
import org.passerelle.shared.ApiProblem;
import org.springframework.stereotype.Component;

/**
 * Turns an uploaded image into its renditions, fast and in bounded memory: the {@link ImageDecoder}
 * checks the size in the header and decodes subsampled, the {@link RenditionRenderer} scales each
 * rendition from the next larger one; a semaphore bounds how many images are decoded at once, since
 * the decoded pixels are what fills the heap.
 */
@Component
class ImagePipeline {

    private final ImageDecoder decoder;
    private final RenditionRenderer renderer;
    private final Semaphore decodes;

    ImagePipeline(MediaProperties properties, ImageDecoder decoder, RenditionRenderer renderer) {
        this.decoder = decoder;
        this.renderer = renderer;
        this.decodes = new Semaphore(Math.max(1, properties.concurrentDecodes()), true);
        // plugins (WebP, the lenient JPEG reader) are found on the application's class path, which
        // ImageIO's first use may not have seen; and no disk cache: streams stay in memory or on the file
        ImageIO.scanForPlugins();
        ImageIO.setUseCache(false);
    }

    /** The image's size (after orientation), what its EXIF offers, and its renditions. */
    record Processed(int width, int height, ExifSummary exif, Map<Rendition, Encoded> renditions) {
    }

    Processed process(Path file, String mediaType) {
        ExifSummary exif = ExifSummary.read(file.toFile());
        try {
            decodes.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiProblem.badRequest("The upload was interrupted.");
        }
        try {
            Decoded decoded = decoder.decode(file, mediaType, exif.orientation());
            return new Processed(decoded.width(), decoded.height(), exif, renderer.render(decoded.image()));
        } finally {
            decodes.release();
        }
    }
}
