package org.passerelle.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import javax.imageio.ImageIO;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
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
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;

/**
 * A partner's page, served from another origin, embeds our listing twice (iframe and widget) in a
 * real headless Chromium: both must show the entries with their images and credits, and an entry
 * whose title is markup must stay text. CI installs Debian's chromium; without it this test fails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles(resolver = TestProfiles.class)
@Import({TestApi.class, CleanDatabase.class})
class PartnerPageBrowserTests {

    static final String HOSTILE = "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned','1')\">"
            + "<script>document.documentElement.setAttribute('data-pwned','1')</script>";
    static final Duration DEADLINE = Duration.ofSeconds(60);

    @Autowired
    TestApi api;

    @LocalServerPort
    int port;

    HttpServer partner;

    @BeforeEach
    void startPartnerSite() throws Exception {
        partner = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        partner.start();
    }

    @AfterEach
    void stopPartnerSite() {
        partner.stop(0);
    }

    static byte[] png(Color color) throws Exception {
        BufferedImage image = new BufferedImage(480, 360, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 480, 360);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    void attachImage(String editor, String entryId, Color color) throws Exception {
        var result = api.mvc().post().uri("/api/v1/entries/" + entryId + "/media")
                .header(HttpHeaders.AUTHORIZATION, TestApi.bearer(editor)).multipart()
                .file(new MockMultipartFile("file", "photo.png", "image/png", png(color)))
                .param("credit", "Ville de Nancy").param("license", "CC-BY-4.0").param("caption.fr", "Vitrail")
                .exchange();
        assertThat(result).hasStatus(201);
    }

    @Test
    void partnerPageOnAnotherOriginShowsTheIframeAndTheWidgetAndTheHostileEntryStaysText() throws Exception {
        Path chromium = DevTools.chromium();
        assertThat(chromium).as("This test needs Debian's chromium (apt-get install -y chromium), or "
                + "PASSERELLE_CHROMIUM naming a Chromium binary.").isNotNull();

        String territory = api.territory("nancy");
        String editor = api.editorToken(territory);
        String glass = api.craftDraft(editor, territory, "Verrerie Daum").get("id").stringValue();
        attachImage(editor, glass, new Color(30, 90, 160));
        api.publish(editor, glass);
        String hostile = api.draft(editor, """
                {"territory": "%s", "kind": "event", "title": {"fr": %s}, "startDate": "%s", "endDate": "%s"}"""
                .formatted(territory, PublicReadTests.quoted(HOSTILE), LocalDate.now().plusDays(10),
                        LocalDate.now().plusDays(11))).get("id").stringValue();
        attachImage(editor, hostile, new Color(160, 40, 40));
        api.publish(editor, hostile);
        await().atMost(DEADLINE).untilAsserted(() -> {
            JsonNode page = api.body(api.get("/api/v1/entries?territory=" + territory));
            assertThat(page.get("total").asInt()).isEqualTo(2);
            assertThat(page.at("/items/0/thumbnail").isString()).isTrue();
            assertThat(page.at("/items/1/thumbnail").isString()).isTrue();
        });

        String ours = "http://127.0.0.1:" + port;
        String html = """
                <!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>Kanazawa</title></head><body>
                <h1>Discover our partner</h1>
                <iframe src="%1$s/embed/v1/listing?territory=%2$s&amp;lang=fr" width="900" height="900"
                        title="Passerelle"></iframe>
                <passerelle-listing territory="%2$s" lang="fr" size="6"></passerelle-listing>
                <script src="%1$s/embed/v1/widget.js"></script>
                </body></html>""".formatted(ours, territory);
        partner.createContext("/", exchange -> {
            byte[] body = html.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        String partnerUrl = "http://127.0.0.1:" + partner.getAddress().getPort() + "/";
        assertThat(partnerUrl).doesNotStartWith(ours);

        try (DevTools browser = DevTools.open(chromium, partnerUrl)) {
            JsonNode widget = poll(browser, """
                    (() => { const host = document.querySelector('passerelle-listing');
                      const root = host && host.shadowRoot; if (!root) return null;
                      const images = [...root.querySelectorAll('img')];
                      return JSON.stringify({
                        titles: [...root.querySelectorAll('h3 a')].map(a => a.textContent),
                        loaded: images.filter(i => i.complete && i.naturalWidth > 0).length, images: images.length,
                        credits: [...root.querySelectorAll('.credit')].map(c => c.textContent).filter(t => t),
                        markup: root.querySelectorAll('script, [onerror], img[src="x"]').length,
                        searches: performance.getEntriesByType('resource')
                          .filter(e => e.name.includes('/api/v1/entries?')).length,
                        pwned: document.documentElement.hasAttribute('data-pwned') }); })()""", null);
            assertThat(widget.get("titles")).extracting(JsonNode::stringValue)
                    .containsExactlyInAnyOrder("Verrerie Daum", HOSTILE);
            assertThat(widget.get("images").asInt()).isEqualTo(2);
            assertThat(widget.get("loaded").asInt()).isEqualTo(2);
            assertThat(widget.get("credits")).extracting(JsonNode::stringValue)
                    .containsOnly("Crédit: Ville de Nancy (CC-BY-4.0)");
            assertThat(widget.get("markup").asInt()).isZero();
            assertThat(widget.get("searches").asInt()).as("one search for the attributes set in markup")
                    .isEqualTo(1);
            assertThat(widget.get("pwned").asBoolean()).isFalse();

            Integer frame = browser.firstChildFrameContext();
            assertThat(frame).as("the iframe").isNotNull();
            JsonNode iframe = poll(browser, """
                    JSON.stringify({ origin: location.origin,
                      titles: [...document.querySelectorAll('h2 a')].map(a => a.textContent),
                      loaded: [...document.images].filter(i => i.complete && i.naturalWidth > 0).length,
                      images: document.images.length,
                      credits: [...document.querySelectorAll('.credit')].map(c => c.textContent),
                      markup: document.querySelectorAll('script, [onerror], img[src="x"]').length,
                      pwned: document.documentElement.hasAttribute('data-pwned') })""", frame);
            assertThat(iframe.get("origin").stringValue()).isEqualTo(ours);
            assertThat(iframe.get("titles")).extracting(JsonNode::stringValue)
                    .containsExactlyInAnyOrder("Verrerie Daum", HOSTILE);
            assertThat(iframe.get("images").asInt()).isEqualTo(2);
            assertThat(iframe.get("loaded").asInt()).isEqualTo(2);
            assertThat(iframe.get("credits")).extracting(JsonNode::stringValue)
                    .containsOnly("Crédit: Ville de Nancy (CC-BY-4.0)");
            assertThat(iframe.get("markup").asInt()).isZero();
            assertThat(iframe.get("pwned").asBoolean()).isFalse();
        }
    }

    /** Waits until the listing shows both entries with their images decoded, then returns what it shows. */
    static JsonNode poll(DevTools browser, String expression, Integer context) throws Exception {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            last = browser.evaluate(expression, context);
            if (last != null && last.get("titles").size() == 2 && last.get("loaded").asInt() == 2
                    && last.get("credits").size() == 2) {
                return last;
            }
            Thread.sleep(200);
        }
        return last == null ? browser.evaluate(expression, context) : last;
    }
}
