package org.passerelle.media;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.geometry.Positions;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.Orientation;

import org.passerelle.shared.ApiProblem;
import org.springframework.stereotype.Component;

/**
 * Turns an uploaded image into its renditions, fast and in bounded memory: the size is read from the
 * header and checked before any pixel is decoded; the image is decoded subsampled, close to the
 * largest rendition rather than at full size (a 24 MP photo is decoded at about 2000 px, a tenth of
 * the memory); each rendition is scaled from the next larger one; and a semaphore bounds how many
 * images are decoded at once. Renditions are re-encoded from pixels, so they carry no metadata.
 */
@Component
class ImagePipeline {

    private final MediaProperties properties;
    private final Semaphore decodes;

    ImagePipeline(MediaProperties properties) {
        this.properties = properties;
        this.decodes = new Semaphore(Math.max(1, properties.concurrentDecodes()), true);
        // plugins (WebP, the lenient JPEG reader) are found on the application's class path, which
        // ImageIO's first use may not have seen; and no disk cache: streams stay in memory or on the file
        ImageIO.scanForPlugins();
        ImageIO.setUseCache(false);
    }

    record Encoded(byte[] bytes, String mediaType, int width, int height) {
    }

    /** The image's size (after orientation), what its EXIF offers, and its renditions. */
    record Processed(int width, int height, ExifSummary exif, Map<Rendition, Encoded> renditions) {
    }

    /** A decoded image, oriented, with the size of the original (after orientation). */
    record Decoded(BufferedImage image, int width, int height) {
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
            Decoded decoded = decode(file, mediaType, exif.orientation());
            return new Processed(decoded.width(), decoded.height(), exif, render(decoded.image()));
        } finally {
            decodes.release();
        }
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
                if (warnings.stream().anyMatch(ImagePipeline::isTruncation)) {
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

    /** The renditions, each scaled from the next larger one; never larger than the decoded image. */
    Map<Rendition, Encoded> render(BufferedImage image) {
        boolean alpha = image.getColorModel().hasAlpha();
        Map<Rendition, Encoded> out = new EnumMap<>(Rendition.class);
        List<BufferedImage> smallestFirst = new ArrayList<>(List.of(image));
        BufferedImage previous = image;
        for (Rendition rendition : Rendition.DERIVED) {
            if (rendition.crop) {
                continue;
            }
            previous = fit(previous, rendition.size, alpha);
            out.put(rendition, encode(previous, alpha));
            smallestFirst.add(0, previous);
        }
        BufferedImage source = smallestFirst.stream()
                .filter(i -> Math.min(i.getWidth(), i.getHeight()) >= Rendition.THUMB.size)
                .findFirst().orElse(image);
        int side = Math.min(Rendition.THUMB.size, Math.min(source.getWidth(), source.getHeight()));
        try {
            BufferedImage thumb = Thumbnails.of(source).size(side, side).crop(Positions.CENTER)
                    .imageType(alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB).asBufferedImage();
            out.put(Rendition.THUMB, encode(thumb, alpha));
        } catch (IOException e) {
            throw damaged();
        }
        return out;
    }

    /** The largest subsampling step that keeps the decoded image at least as large as every rendition. */
    static int subsampling(int width, int height) {
        int longSide = Math.max(width, height);
        int shortSide = Math.min(width, height);
        int byLong = longSide / Rendition.LARGE.size;
        int byShort = shortSide / Rendition.THUMB.size;
        return Math.max(1, Math.min(byLong, byShort));
    }

    private static BufferedImage fit(BufferedImage source, int size, boolean alpha) {
        if (Math.max(source.getWidth(), source.getHeight()) <= size) {
            return source;
        }
        try {
            return Thumbnails.of(source).size(size, size).keepAspectRatio(true)
                    .imageType(alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB).asBufferedImage();
        } catch (IOException e) {
            throw damaged();
        }
    }

    private Encoded encode(BufferedImage image, boolean alpha) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            ImageWriter writer = ImageIO.getImageWritersByFormatName(alpha ? "png" : "jpeg").next();
            try {
                writer.setOutput(out);
                ImageWriteParam param = writer.getDefaultWriteParam();
                if (!alpha) {
                    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                    param.setCompressionQuality(properties.jpegQuality());
                }
                writer.write(null, new IIOImage(image, null, null), param);
            } finally {
                writer.dispose();
            }
        } catch (IOException e) {
            throw damaged();
        }
        return new Encoded(bytes.toByteArray(), alpha ? "image/png" : "image/jpeg", image.getWidth(),
                image.getHeight());
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

    static ApiProblem damaged() {
        return ApiProblem.invalid("file", "The image is damaged or truncated and cannot be read.");
    }
}
