package org.passerelle.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.support.CleanDatabase;
import org.passerelle.support.TestApi;
import org.passerelle.support.TestProfiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Limits seen through a real server (MockMvc enforces no multipart limit): small limits so that the
 * tests stay light.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "passerelle.media.max-upload-size=1MB", "passerelle.media.extraction-timeout=1ms"})
@AutoConfigureMockMvc
@ActiveProfiles(resolver = TestProfiles.class)
@Import({TestApi.class, CleanDatabase.class})
class UploadLimitTests {

    /** What a hostile client offers to send: far over the limit. */
    private static final long HUGE = 512L * 1024 * 1024;

    @LocalServerPort
    int port;
    @Autowired
    TestApi api;

    String token;
    String entryId;

    @BeforeEach
    void setUp() {
        String territory = api.territory("limits");
        token = api.editorToken(territory);
        entryId = api.craftDraft(token, territory, "Grand fichier").get("id").stringValue();
    }

    @Test
    void bodyFarOverTheDeclaredLimitGetsA413AndTheConnectionEnds() throws Exception {
        Exchange exchange = send("Content-Length: " + HUGE + "\r\n", false);

        assertThat(exchange.response()).startsWith("HTTP/1.1 413").contains("application/problem+json")
                .contains("passerelle.media.max-upload-size");
        assertThat(exchange.sent()).as("the server did not read the whole body").isLessThan(HUGE / 4);
    }

    @Test
    void chunkedBodyOverTheLimitGetsA413WhileStreaming() throws Exception {
        Exchange exchange = send("Transfer-Encoding: chunked\r\n", true);

        assertThat(exchange.response()).startsWith("HTTP/1.1 413").contains("passerelle.media.max-upload-size");
        assertThat(exchange.sent()).isLessThan(HUGE / 4);
    }

    @Test
    void documentOverTheExtractionTimeoutIsRefused() {
        String[] paragraphs = new String[3000];
        for (int i = 0; i < paragraphs.length; i++) {
            paragraphs[i] = "Paragraphe " + i + " : " + DocumentUploadTests.FRENCH;
        }
        byte[] docx = Samples.docx(paragraphs);
        assertThat(docx.length).isLessThan(1024 * 1024);

        MvcTestResult result = new MediaTestSupport(api).upload(token, entryId, "long.docx", docx);

        assertThat(result).hasStatus(422);
        assertThat(api.body(result).get("detail").stringValue()).contains("extraction-timeout");
    }

    record Exchange(String response, long sent) {
    }

    /** Sends an upload of {@link #HUGE} bytes until the server answers or closes, reading as it goes. */
    private Exchange send(String lengthHeader, boolean chunked) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            CompletableFuture<String> response = CompletableFuture.supplyAsync(() -> readAll(socket));
            OutputStream out = socket.getOutputStream();
            String head = "POST /api/v1/entries/" + entryId + "/media HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + token + "\r\n"
                    + "Content-Type: multipart/form-data; boundary=limit\r\n" + lengthHeader + "\r\n";
            String part = "--limit\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.jpg\"\r\n"
                    + "Content-Type: image/jpeg\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            long sent = 0;
            try {
                writeBody(out, part.getBytes(StandardCharsets.US_ASCII), chunked);
                while (sent < HUGE && !response.isDone()) {
                    writeBody(out, chunk, chunked);
                    sent += chunk.length;
                }
            } catch (IOException closedByServer) {
                // expected: the server stops reading once it has answered
            }
            return new Exchange(response.get(60, TimeUnit.SECONDS), sent);
        }
    }

    private static void writeBody(OutputStream out, byte[] bytes, boolean chunked) throws IOException {
        if (chunked) {
            out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        out.write(bytes);
        if (chunked) {
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.flush();
    }

    private static String readAll(Socket socket) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (InputStream in = socket.getInputStream()) {
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0;) {
                bytes.write(buffer, 0, n);
            }
        } catch (IOException e) {
            if (bytes.size() == 0) {
                throw new UncheckedIOException(e);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
