package org.passerelle.search;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Search settings ({@code passerelle.search.*}).
 *
 * @param engine           {@code lucene} (embedded, default) or another adapter's name
 * @param indexDir         where the Lucene index lives (default {@code ${passerelle.data-dir}/search})
 * @param refreshInterval  longest a write waits before searches see it (near-real-time target)
 * @param maxPageSize      largest {@code size}; more is a 400 problem
 * @param maxWindow        deepest hit reachable by {@code page} (page × size); cursors have no limit
 * @param maxQueryLength   longest {@code q}, in characters
 * @param maxQueryTerms    most words and phrases in {@code q}
 * @param facetSize        most values returned per facet
 * @param maxSuggestions   largest {@code size} of suggestions
 * @param maxRelated       largest {@code size} of related entries
 * @param maxDocumentText  characters of document text indexed per entry (the rest is not searched)
 * @param rebuildBatch     entries read from the store at a time during a rebuild
 * @param catchUpOnStart   rebuild at start-up when the index is missing or behind the store
 * @param cursorKeepAlive  how long a cursor walk keeps reading the index as it was on its first page
 * @param searchThreads    most threads one Lucene search uses, its segments split between them (0: one
 *                         per core; 1: the request's thread alone)
 */
@ConfigurationProperties("passerelle.search")
public record SearchProperties(
        @DefaultValue("lucene") String engine,
        @DefaultValue("./data/search") Path indexDir,
        @DefaultValue("100ms") Duration refreshInterval,
        @DefaultValue("100") int maxPageSize,
        @DefaultValue("10000") int maxWindow,
        @DefaultValue("500") int maxQueryLength,
        @DefaultValue("32") int maxQueryTerms,
        @DefaultValue("20") int facetSize,
        @DefaultValue("20") int maxSuggestions,
        @DefaultValue("50") int maxRelated,
        @DefaultValue("200000") int maxDocumentText,
        @DefaultValue("500") int rebuildBatch,
        @DefaultValue("true") boolean catchUpOnStart,
        @DefaultValue("5m") Duration cursorKeepAlive,
        @DefaultValue("0") int searchThreads) {
}
