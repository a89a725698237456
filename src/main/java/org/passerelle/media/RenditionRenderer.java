package org.passerelle.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.geometry.Positions;

import org.springframework.stereotype.Component;

/**
 * The writing half of the {@link ImagePipeline}: each rendition is scaled from the next larger one,
 * not from the decoded image, and re-encoded from pixels, so it carries no metadata.
 */
@Component
class RenditionRenderer {

    private final MediaProperties properties;

    RenditionRenderer(MediaProperties properties) {
        this.properties = properties;
    }

    record Encoded(byte[] bytes, String mediaType, int width, int height) {
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
            throw ImageDecoder.damaged();
        }
        return out;
    }

    private static BufferedImage fit(BufferedImage source, int size, boolean alpha) {
        if (Math.max(source.getWidth(), source.getHeight()) <= size) {
            return source;
        }
        try {
            return Thumbnails.of(source).size(size, size).keepAspectRatio(true)
                    .imageType(alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB).asBufferedImage();
        } catch (IOException e) {
            throw ImageDecoder.damaged();
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
            throw ImageDecoder.damaged();
        }
        return new Encoded(bytes.toByteArray(), alpha ? "image/png" : "image/jpeg", image.getWidth(),
                image.getHeight());
    }
}
