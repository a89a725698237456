package org.passerelle.search.elasticsearch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Keeps the node's log when a test fails: copied to {@code target/elasticsearch-logs/<test>.log}
 * (the run folder is wiped by the next run) and its tail printed with the failure.
 */
public final class NodeLogs implements TestWatcher {

    private static final String LOG = "passerelle-test.log";

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        ElasticsearchNode node = ElasticsearchNode.startedOrNull();
        if (node == null) {
            return;
        }
        try {
            Path kept = Files.createDirectories(node.logs().getParent().getParent().resolve("elasticsearch-logs"))
                    .resolve(context.getRequiredTestClass().getSimpleName() + "-"
                            + context.getRequiredTestMethod().getName() + ".log");
            Path log = node.logs().resolve(LOG);
            if (Files.exists(log)) {
                Files.copy(log, kept, StandardCopyOption.REPLACE_EXISTING);
            }
            System.err.println("Elasticsearch node log kept in " + kept + "; its end:\n" + tail(node.logs(), 40));
        } catch (IOException e) {
            System.err.println("Could not keep the Elasticsearch log: " + e);
        }
    }

    /** The last lines of the node's log (or of its console when the log is not there yet). */
    static String tail(Path logs, int lines) {
        for (String name : List.of(LOG, "console.log")) {
            Path file = logs.resolve(name);
            if (Files.exists(file)) {
                try {
                    List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
                    return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
                } catch (IOException e) {
                    return "(unreadable " + file + ": " + e + ")";
                }
            }
        }
        return "(no log in " + logs + ")";
    }
}
