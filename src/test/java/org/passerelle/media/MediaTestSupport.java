package org.passerelle.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;

import org.passerelle.support.TestApi;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import tools.jackson.databind.JsonNode;

/** Uploads and downloads through the HTTP API, for the media tests. */
final class MediaTestSupport {

    private final TestApi api;

    MediaTestSupport(TestApi api) {
        this.api = api;
    }

    MvcTestResult upload(String token, String entryId, String fileName, String declaredType, byte[] bytes,
            Map<String, String> fields) {
        var request = api.mvc().post().uri("/api/v1/entries/{id}/media", entryId).multipart()
                .file(new MockMultipartFile("file", fileName, declaredType, bytes));
        for (var field : fields.entrySet()) {
            request = request.param(field.getKey(), field.getValue());
        }
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, TestApi.bearer(token));
        }
        return request.exchange();
    }

    MvcTestResult upload(String token, String entryId, String fileName, byte[] bytes) {
        return upload(token, entryId, fileName, "application/octet-stream", bytes, Map.of());
    }

    /** Uploads and expects 201; returns the Media body. */
    JsonNode uploaded(String token, String entryId, String fileName, byte[] bytes) {
        MvcTestResult result = upload(token, entryId, fileName, bytes);
        if (result.getResponse().getStatus() != 201) {
            throw new AssertionError("upload refused: " + result.getResponse().getStatus() + " "
                    + new String(result.getResponse().getContentAsByteArray()));
        }
        return api.body(result);
    }

    MvcTestResult fetch(String url, String token) {
        var request = api.mvc().get().uri(url);
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, TestApi.bearer(token));
        }
        return request.exchange();
    }

    static BufferedImage image(MvcTestResult result) {
        try {
            return ImageIO.read(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The blob key a file is served from: its ETag names it. */
    static String blobOf(MvcTestResult result) {
        return result.getResponse().getHeader(HttpHeaders.ETAG).replace("\"", "");
    }
}
