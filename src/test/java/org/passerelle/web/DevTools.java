package org.passerelle.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Drives Debian's headless Chromium through the Chrome DevTools Protocol with the JDK's own HTTP and
 * WebSocket clients: no Selenium, no browser download. The browser runs with a throwaway profile
 * and is killed (with its children) on close.
 */
final class DevTools implements AutoCloseable {

    static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");
    private static final Duration STARTUP = Duration.ofSeconds(30);

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final JsonMapper json = JsonMapper.builder().build();
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    private DevTools(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    static Path chromium() {
        String configured = System.getenv("PASSERELLE_CHROMIUM");
        if (configured != null && Files.isExecutable(Path.of(configured))) {
            return Path.of(configured);
        }
        return CANDIDATES.stream().map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
    }

    /** Starts the browser on {@code url} and connects to that page. */
    static DevTools open(Path chromium, String url) throws Exception {
        Path profile = Files.createTempDirectory("passerelle-chromium");
        Process process = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-dev-shm-usage", "--window-size=1280,2400", "--remote-debugging-port=0",
                "--remote-allow-origins=*", "--user-data-dir=" + profile, url)
                .redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
        try {
            Path portFile = profile.resolve("DevToolsActivePort");
            long deadline = System.nanoTime() + STARTUP.toNanos();
            while (!(Files.exists(portFile) && Files.readAllLines(portFile).size() >= 2)) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("Chromium did not start: "
                            + Files.readString(profile.resolve("chromium.log")));
                }
                Thread.sleep(100);
            }
            int port = Integer.parseInt(Files.readAllLines(portFile).get(0).strip());
            HttpClient http = HttpClient.newHttpClient();
            JsonMapper mapper = JsonMapper.builder().build();
            String socketUrl = null;
            while (socketUrl == null) {
                JsonNode targets = mapper.readTree(http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                        HttpResponse.BodyHandlers.ofString()).body());
                for (JsonNode target : targets) {
                    if ("page".equals(target.path("type").asString()) && target.path("url").asString().startsWith(url)) {
                        socketUrl = target.get("webSocketDebuggerUrl").asString();
                    }
                }
                if (socketUrl == null) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("Chromium shows no page for " + url + ": " + targets);
                    }
                    Thread.sleep(100);
                }
            }
            DevTools[] self = new DevTools[1];
            WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(socketUrl), new WebSocket.Listener() {
                private final StringBuilder message = new StringBuilder();

                @Override
                public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                    message.append(data);
                    if (last) {
                        self[0].received(message.toString());
                        message.setLength(0);
                    }
                    ws.request(1);
                    return null;
                }
            }).get(STARTUP.toSeconds(), TimeUnit.SECONDS);
            self[0] = new DevTools(process, profile, socket);
            return self[0];
        } catch (Exception | Error e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw e;
        }
    }

    private void received(String text) {
        JsonNode message = json.readTree(text);
        if (message.has("id")) {
            CompletableFuture<JsonNode> future = pending.remove(message.get("id").asInt());
            if (future != null) {
                future.complete(message);
            }
        }
    }

    JsonNode send(String method, ObjectNode params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> future = new CompletableFuture<>();
        pending.put(id, future);
        ObjectNode command = json.createObjectNode().put("id", id).put("method", method);
        command.set("params", params == null ? json.createObjectNode() : params);
        socket.sendText(json.writeValueAsString(command), true).get(10, TimeUnit.SECONDS);
        JsonNode answer = future.get(30, TimeUnit.SECONDS);
        if (answer.has("error")) {
            throw new IllegalStateException(method + " failed: " + answer.get("error"));
        }
        return answer.get("result");
    }

    /** Evaluates an expression returning a JSON string, in the page or in {@code contextId} (null: the page). */
    JsonNode evaluate(String expression, Integer contextId) throws Exception {
        ObjectNode params = json.createObjectNode().put("expression", expression).put("returnByValue", true);
        if (contextId != null) {
            params.put("contextId", contextId);
        }
        JsonNode result = send("Runtime.evaluate", params).path("result");
        String value = result.path("value").asString(null);
        return value == null ? null : json.readTree(value);
    }

    /** An isolated script context in the page's first child frame (an iframe), which sees its DOM. */
    Integer firstChildFrameContext() throws Exception {
        JsonNode children = send("Page.getFrameTree", null).path("frameTree").path("childFrames");
        if (children.isEmpty()) {
            return null;
        }
        String frameId = children.get(0).path("frame").path("id").asString();
        return send("Page.createIsolatedWorld", json.createObjectNode().put("frameId", frameId)
                .put("worldName", "probe")).get("executionContextId").asInt();
    }

    @Override
    public void close() throws Exception {
        socket.abort();
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
