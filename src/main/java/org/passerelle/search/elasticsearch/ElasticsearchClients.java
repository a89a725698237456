package org.passerelle.search.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.apache.http.Header;
import org.apache.http.HttpHeaders;
import org.apache.http.HttpHost;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.SimpleJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;

/**
 * Builds the cluster client from the settings: every URI as a node, basic or API-key authentication,
 * TLS trusting the configured CA. Documents travel as raw JSON bytes (written and read with the
 * application's Jackson), so the client needs no JSON binding of its own.
 */
final class ElasticsearchClients {

    private ElasticsearchClients() {
    }

    static ElasticsearchClient create(ElasticsearchProperties properties) {
        return new ElasticsearchClient(new RestClientTransport(restClient(properties), new SimpleJsonpMapper()));
    }

    static RestClient restClient(ElasticsearchProperties properties) {
        if (properties.uris().isEmpty()) {
            throw new IllegalStateException("passerelle.search.elasticsearch.uris names no node");
        }
        List<HttpHost> hosts = new ArrayList<>();
        for (URI uri : properties.uris()) {
            hosts.add(new HttpHost(uri.getHost(), uri.getPort() < 0 ? 9200 : uri.getPort(),
                    uri.getScheme() == null ? "http" : uri.getScheme()));
        }
        RestClientBuilder builder = RestClient.builder(hosts.toArray(HttpHost[]::new));
        Header auth = authorization(properties);
        if (auth != null) {
            builder.setDefaultHeaders(new Header[] {auth});
        }
        SSLContext ssl = properties.caCertificate() == null ? null : trusting(properties);
        builder.setHttpClientConfigCallback(http -> ssl == null ? http : http.setSSLContext(ssl));
        builder.setRequestConfigCallback(request -> request
                .setConnectTimeout((int) properties.connectTimeout().toMillis())
                .setSocketTimeout((int) properties.socketTimeout().toMillis()));
        return builder.build();
    }

    private static Header authorization(ElasticsearchProperties properties) {
        if (hasText(properties.apiKey())) {
            return new BasicHeader(HttpHeaders.AUTHORIZATION, "ApiKey " + properties.apiKey().strip());
        }
        if (hasText(properties.username())) {
            String pair = properties.username() + ":" + (properties.password() == null ? "" : properties.password());
            return new BasicHeader(HttpHeaders.AUTHORIZATION,
                    "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        return null;
    }

    private static SSLContext trusting(ElasticsearchProperties properties) {
        try (InputStream in = Files.newInputStream(properties.caCertificate())) {
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            int i = 0;
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                trust.setCertificateEntry("ca-" + i++, certificate);
            }
            if (i == 0) {
                throw new IllegalStateException("No certificate in " + properties.caCertificate());
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read passerelle.search.elasticsearch.ca-certificate "
                    + properties.caCertificate(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Unusable passerelle.search.elasticsearch.ca-certificate "
                    + properties.caCertificate(), e);
        }
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }
}
