package org.passerelle.search.elasticsearch;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The Elasticsearch engine's settings ({@code passerelle.search.elasticsearch.*}), used when
 * {@code passerelle.search.engine=elasticsearch}.
 *
 * @param uris            the cluster's HTTP endpoints ({@code https://es1:9200,https://es2:9200})
 * @param username        basic authentication user (with {@code password}); or use {@code apiKey}
 * @param password        basic authentication password
 * @param apiKey          an API key, the base64 {@code id:key} form Elasticsearch returns as {@code encoded}
 * @param caCertificate   PEM file of the CA that signed the cluster's HTTP certificate (TLS); the JVM's
 *                        trust store when unset
 * @param alias           the alias searches and writes go through; indexes are named {@code <alias>-<timestamp>}
 * @param shards          primary shards of a new index (1 is right up to some millions of entries)
 * @param replicas        replicas of a new index
 * @param refreshInterval how often the cluster makes writes searchable
 * @param bulkMaxBytes    largest bulk request body during a rebuild
 * @param maxRetries      attempts at a write the cluster refuses for load (429) or unavailability (503)
 * @param initialBackoff  wait before the first retry, doubled at each next one
 * @param connectTimeout  TCP connect timeout
 * @param socketTimeout   longest wait for a response
 */
@ConfigurationProperties("passerelle.search.elasticsearch")
public record ElasticsearchProperties(
        @DefaultValue("http://localhost:9200") List<URI> uris,
        String username,
        String password,
        String apiKey,
        Path caCertificate,
        @DefaultValue("passerelle-entries") String alias,
        @DefaultValue("1") int shards,
        @DefaultValue("1") int replicas,
        @DefaultValue("1s") Duration refreshInterval,
        @DefaultValue("5MB") DataSize bulkMaxBytes,
        @DefaultValue("6") int maxRetries,
        @DefaultValue("200ms") Duration initialBackoff,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("60s") Duration socketTimeout) {
}
