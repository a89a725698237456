package org.passerelle.media;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.Orientation;

import org.passerelle.shared.ApiProblem;
import org.springframework.stereotype.Component;

/**
 * The reading half of the {@link ImagePipeline}: the size is read from the header and checked before
 * any pixel is decoded, and the image is decoded subsampled, close to the largest rendition rather
 * than at full size (a 24 MP photo is decoded at about 2000 px, a tenth of the memory).
 */
@Component
class ImageDecoder {

    private final MediaProperties properties;

    ImageDecoder(MediaProperties properties) {
        this.properties = properties;
    }

    /** A decoded image, oriented, with the size of the original (after orientation). */
    record Decoded(BufferedImage image, int width, int height) {
    }

    /** Decodes subsampled close to the largest rendition, after checking the size the header declares. */
    Decoded decode(Path file, String mediaType, int orientation) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = reader(in, mediaType);
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    throw damaged();
                }
                long pixels = (long) width * height;
                if (pixels > properties.maxPixels()) {
                    throw ApiProblem.invalid("file", "The image is " + width + "×" + height + " pixels; at most "
                            + properties.maxPixels() + " pixels are accepted (passerelle.media.max-pixels).");
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = subsampling(width, height);
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                BufferedImage image = reader.read(0, param);
                if (warnings.stream().anyMatch(ImageDecoder::isTruncation)) {
                    throw damaged();
                }
                BufferedImage oriented = orient(normalized(image), orientation);
                boolean swapped = orientation >= 5;
                return new Decoded(oriented, swapped ? height : width, swapped ? width : height);
            } finally {
                reader.dispose();
            }
        } catch (ApiProblem problem) {
            throw problem;
        } catch (IOException | RuntimeException e) {
            throw damaged();
        }
    }

    /** The largest subsampling step that keeps the decoded image at least as large as every rendition. */
    static int subsampling(int width, int height) {
        int longSide = Math.max(width, height);
        int shortSide = Math.min(width, height);
        int byLong = longSide / Rendition.LARGE.size;
        int byShort = shortSide / Rendition.THUMB.size;
        return Math.max(1, Math.min(byLong, byShort));
    }

    private static ImageReader reader(ImageInputStream in, String mediaType) {
        if (in == null) {
            throw damaged();
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(mediaType);
        if (!readers.hasNext()) {
            readers = ImageIO.getImageReaders(in);
        }
        if (!readers.hasNext()) {
            throw damaged();
        }
        return readers.next();
    }

    /**
     * The image as packed ints, which Java2D scales with its fast loops: one cheap copy (2 ms for a
     * decoded 24 MP photo) saves more in scaling, and 16-bit, grey and indexed images need it anyway.
     */
    private static BufferedImage normalized(BufferedImage image) {
        int type = image.getType();
        if (type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_INT_ARGB) {
            return image;
        }
        boolean alpha = image.getColorModel().hasAlpha();
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(),
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = copy.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return copy;
    }

    private static BufferedImage orient(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        return ExifFilterUtils.getFilterForOrientation(Orientation.typeOf(orientation)).apply(image);
    }

    private static boolean isTruncation(String warning) {
        String w = warning.toLowerCase();
        return w.contains("premature end") || w.contains("truncated") || w.contains("unexpected end");
    }

    /** Also what rendering answers when scaling or encoding fails: the pixels came from this file. */
    static ApiProblem damaged() {
        return ApiProblem.invalid("file", "The image is damaged or truncated and cannot be read.");
    }
}
