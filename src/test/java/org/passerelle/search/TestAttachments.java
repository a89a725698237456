package org.passerelle.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.passerelle.entry.EntryAttachments;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import tools.jackson.databind.JsonNode;

/**
 * Stands in for the media feature: documents' text per entry, and a switch that makes indexing an
 * entry fail (as a crash between the store's commit and the index would), to prove the outbox replays.
 */
public class TestAttachments implements EntryAttachments {

    final Map<String, List<String>> texts = new ConcurrentHashMap<>();
    final Set<String> failing = ConcurrentHashMap.newKeySet();
    final AtomicInteger failures = new AtomicInteger();

    @Override
    public List<JsonNode> describe(String entryId) {
        return List.of();
    }

    @Override
    public List<String> searchableTexts(String entryId) {
        if (failing.contains(entryId)) {
            failures.incrementAndGet();
            throw new IllegalStateException("simulated crash while indexing " + entryId);
        }
        return texts.getOrDefault(entryId, List.of());
    }

    @Override
    public Optional<String> thumbnail(String entryId) {
        return texts.containsKey(entryId) ? Optional.of("/media/" + entryId + "/thumb") : Optional.empty();
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        TestAttachments testAttachments() {
            return new TestAttachments();
        }
    }
}
