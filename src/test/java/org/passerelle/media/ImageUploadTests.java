package org.passerelle.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Map;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.passerelle.support.PasserelleTest;
import org.passerelle.support.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import tools.jackson.databind.JsonNode;

@PasserelleTest
class ImageUploadTests {

    @Autowired
    TestApi api;

    MediaTestSupport media;
    String token;
    String entryId;

    @BeforeEach
    void setUp() {
        media = new MediaTestSupport(api);
        String territory = api.territory("images");
        token = api.editorToken(territory);
        entryId = api.craftDraft(token, territory, "Atelier de Kutani").get("id").stringValue();
    }

    @ParameterizedTest(name = "orientation {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void exifOrientationIsAppliedToEveryRendition(int orientation) {
        JsonNode created = media.uploaded(token, entryId, "photo.jpg", Samples.orientedJpeg(orientation));

        assertThat(created.get("width").intValue()).isEqualTo(300);
        assertThat(created.get("height").intValue()).isEqualTo(200);
        BufferedImage large = MediaTestSupport.image(media.fetch(created.at("/renditions/large").stringValue(), token));
        assertThat(large.getWidth()).isEqualTo(300);
        assertThat(large.getHeight()).isEqualTo(200);
        assertThat(dominant(large, 40, 30)).isEqualTo("red");
        assertThat(dominant(large, 260, 30)).isEqualTo("green");
        assertThat(dominant(large, 260, 170)).isEqualTo("blue");
        assertThat(dominant(large, 40, 170)).isEqualTo("yellow");
        BufferedImage thumb = MediaTestSupport.image(media.fetch(created.at("/renditions/thumb").stringValue(), token));
        assertThat(thumb.getWidth()).isEqualTo(200);
        assertThat(thumb.getHeight()).isEqualTo(200);
        assertThat(dominant(thumb, 10, 10)).isEqualTo("red");
    }

    @Test
    void exifDetailsAreOfferedButRenditionsCarryNoMetadata() throws Exception {
        JsonNode created = media.uploaded(token, entryId, "photo.jpg", Samples.orientedJpeg(6));

        assertThat(created.at("/exif/takenAt").stringValue()).isEqualTo("2024-05-17T14:32:05");
        assertThat(created.at("/exif/author").stringValue()).isEqualTo("Akiko Tanaka");
        assertThat(created.at("/exif/copyright").stringValue()).isEqualTo("Ville de Chartres");
        assertThat(created.at("/exif/location/lat").doubleValue()).isCloseTo(48.4476, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(created.at("/exif/location/lon").doubleValue()).isCloseTo(1.4875, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(created.get("credit").stringValue()).as("default credit").isEqualTo("Akiko Tanaka");
        for (String rendition : new String[] {"thumb", "small", "medium", "large"}) {
            MvcTestResult file = media.fetch(created.at("/renditions/" + rendition).stringValue(), token);
            assertThat(file.getResponse().getContentType()).isEqualTo("image/jpeg");
            var metadata = ImageMetadataReader.readMetadata(
                    new ByteArrayInputStream(file.getResponse().getContentAsByteArray()));
            assertThat(metadata.getFirstDirectoryOfType(GpsDirectory.class)).isNull();
            assertThat(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class)).isNull();
        }
    }

    @Test
    void givenCreditCaptionAndLicenseAreKept() {
        MvcTestResult result = media.upload(token, entryId, "photo.jpg", "image/jpeg", Samples.orientedJpeg(1),
                Map.of("caption.fr", "Four à bois", "caption.ja", "登り窯", "credit", "Musée", "license", "CC-BY-4.0"));

        assertThat(result).hasStatus(201);
        JsonNode body = api.body(result);
        assertThat(body.at("/caption/fr").stringValue()).isEqualTo("Four à bois");
        assertThat(body.at("/caption/ja").stringValue()).isEqualTo("登り窯");
        assertThat(body.get("credit").stringValue()).isEqualTo("Musée");
        assertThat(body.get("license").stringValue()).isEqualTo("CC-BY-4.0");
        assertThat(body.get("type").stringValue()).isEqualTo("image");
        assertThat(body.get("mediaType").stringValue()).isEqualTo("image/jpeg");
        assertThat(result.getResponse().getHeader("Location")).isEqualTo("/api/v1/media/" + body.get("id").stringValue());
    }

    @Test
    void renditionsFollowTheSizesAndAreNeverUpscaled() {
        JsonNode big = media.uploaded(token, entryId, "big.jpg", Samples.photo(4000, 3000, 1));
        assertThat(size(big, "large")).containsExactly(1600, 1200);
        assertThat(size(big, "medium")).containsExactly(960, 720);
        assertThat(size(big, "small")).containsExactly(480, 360);
        assertThat(size(big, "thumb")).containsExactly(200, 200);

        JsonNode small = media.uploaded(token, entryId, "small.jpg", Samples.photo(640, 427, 2));
        assertThat(size(small, "large")).containsExactly(640, 427);
        assertThat(size(small, "medium")).containsExactly(640, 427);
        assertThat(size(small, "small")).containsExactly(480, 320);
    }

    @Test
    void transparentPngGivesPngRenditionsThatKeepTransparency() {
        JsonNode created = media.uploaded(token, entryId, "logo.png", Samples.pngWithAlpha());

        assertThat(created.get("mediaType").stringValue()).isEqualTo("image/png");
        MvcTestResult medium = media.fetch(created.at("/renditions/medium").stringValue(), token);
        assertThat(medium.getResponse().getContentType()).isEqualTo("image/png");
        BufferedImage image = MediaTestSupport.image(medium);
        assertThat(image.getColorModel().hasAlpha()).isTrue();
        assertThat(image.getRGB(image.getWidth() - 5, 5) >>> 24).as("alpha of the transparent half").isZero();
        assertThat(image.getRGB(5, 5) >>> 24).isEqualTo(255);
    }

    @Test
    void pngNamedPdfIsTakenForTheImageItIs() {
        JsonNode created = media.uploaded(token, entryId, "brochure.pdf", Samples.opaquePng(500, 300));

        assertThat(created.get("type").stringValue()).isEqualTo("image");
        assertThat(created.get("mediaType").stringValue()).isEqualTo("image/png");
        MvcTestResult thumb = media.fetch(created.at("/renditions/thumb").stringValue(), token);
        assertThat(thumb.getResponse().getContentType()).as("opaque: JPEG renditions").isEqualTo("image/jpeg");
    }

    @Test
    void uploadAppearsInTheEntryAndBumpsItsVersion() {
        long before = api.body(api.send("GET", "/api/v1/entries/" + entryId, token, null)).get("version").longValue();
        JsonNode created = media.uploaded(token, entryId, "photo.jpg", Samples.orientedJpeg(1));

        JsonNode entry = api.body(api.send("GET", "/api/v1/entries/" + entryId + "?lang=ja", token, null));
        assertThat(entry.get("version").longValue()).isEqualTo(before + 1);
        assertThat(entry.get("media")).hasSize(1);
        assertThat(entry.at("/media/0/id").stringValue()).isEqualTo(created.get("id").stringValue());
        assertThat(entry.at("/media/0/renditions/thumb").stringValue())
                .isEqualTo("/media/" + created.get("id").stringValue() + "/thumb");
    }

    @Nested
    class Refused {

        @Test
        void imageDeclaringTooManyPixelsIsRefusedBeforeDecoding() {
            MvcTestResult result = media.upload(token, entryId, "tiny.png", Samples.pixelBombPng());

            assertThat(result).hasStatus(422);
            assertThat(api.body(result).get("detail").stringValue()).contains("30000×30000");
        }

        @Test
        void truncatedJpegIsRefused() {
            byte[] photo = Samples.photo(800, 600, 3);
            byte[] truncated = java.util.Arrays.copyOf(photo, photo.length / 2);

            MvcTestResult result = media.upload(token, entryId, "cut.jpg", truncated);

            assertThat(result).hasStatus(422);
            assertThat(api.body(result).get("detail").stringValue()).contains("damaged");
        }

        @Test
        void jpegCutInsideItsHeaderIsRefused() {
            byte[] photo = Samples.photo(800, 600, 4);

            assertThat(media.upload(token, entryId, "cut.jpg", java.util.Arrays.copyOf(photo, 40))).hasStatus(422);
        }

        @Test
        void badLicenseAndUnknownCaptionLanguageAreInvalid() {
            MvcTestResult result = media.upload(token, entryId, "photo.jpg", "image/jpeg", Samples.orientedJpeg(1),
                    Map.of("caption.de", "Ofen", "license", "<script>"));

            assertThat(result).hasStatus(422);
            assertThat(api.body(result).get("errors")).hasSize(2);
        }

        @Test
        void missingFileIsInvalid() {
            var result = api.mvc().post().uri("/api/v1/entries/{id}/media", entryId).multipart()
                    .param("credit", "x").header("Authorization", TestApi.bearer(token)).exchange();

            assertThat(result).hasStatus(422);
        }
    }

    private int[] size(JsonNode media, String rendition) {
        BufferedImage image = MediaTestSupport.image(this.media.fetch(media.at("/renditions/" + rendition).stringValue(), token));
        return new int[] {image.getWidth(), image.getHeight()};
    }

    private static String dominant(BufferedImage image, int x, int y) {
        Color c = new Color(image.getRGB(x, y));
        int r = c.getRed();
        int g = c.getGreen();
        int b = c.getBlue();
        if (r > 180 && g > 180 && b < 100) {
            return "yellow";
        }
        if (r > 180 && g < 100 && b < 100) {
            return "red";
        }
        if (g > 180 && r < 100 && b < 100) {
            return "green";
        }
        if (b > 180 && r < 100 && g < 100) {
            return "blue";
        }
        return "rgb(" + r + "," + g + "," + b + ")";
    }
}
