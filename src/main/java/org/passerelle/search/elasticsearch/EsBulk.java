package org.passerelle.search.elasticsearch;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.elasticsearch.client.ResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.transport.TransportException;

/**
 * Sends bulk requests and makes sure every operation was acknowledged: operations the cluster refuses
 * for load (429) or unavailability (503) are sent again after a growing pause; anything else, or
 * refusals past the last attempt, throws — so that the outbox keeps the event and delivers it again.
 */
final class EsBulk {

    private static final Logger log = LoggerFactory.getLogger(EsBulk.class);

    private final ElasticsearchClient client;
    private final int maxRetries;
    private final Duration initialBackoff;

    EsBulk(ElasticsearchClient client, int maxRetries, Duration initialBackoff) {
        this.client = client;
        this.maxRetries = maxRetries;
        this.initialBackoff = initialBackoff;
    }

    /** An operation with its size on the wire, so that callers can cut batches by bytes. */
    record Sized(BulkOperation operation, long bytes) {
    }

    void send(List<BulkOperation> operations, Refresh refresh) throws IOException {
        List<BulkOperation> pending = operations;
        Duration pause = initialBackoff;
        for (int attempt = 0; !pending.isEmpty(); attempt++) {
            List<BulkOperation> batch = pending;
            BulkResponse response;
            try {
                response = client.bulk(b -> b.operations(batch).refresh(refresh));
            } catch (ElasticsearchException | TransportException | ResponseException e) {
                if (!retryable(status(e)) || attempt >= maxRetries) {
                    throw e;
                }
                log.info("Elasticsearch busy ({}): retrying {} operations in {} ms", status(e), batch.size(),
                        pause.toMillis());
                sleep(pause);
                pause = pause.multipliedBy(2);
                continue;
            }
            pending = failed(batch, response, attempt);
            if (!pending.isEmpty()) {
                log.info("Elasticsearch refused {} operations for load: retrying in {} ms", pending.size(),
                        pause.toMillis());
                sleep(pause);
                pause = pause.multipliedBy(2);
            }
        }
    }

    /** The operations to send again; throws when one failed for good. */
    private List<BulkOperation> failed(List<BulkOperation> batch, BulkResponse response, int attempt) {
        if (!response.errors()) {
            return List.of();
        }
        List<BulkOperation> again = new ArrayList<>();
        List<BulkResponseItem> items = response.items();
        for (int i = 0; i < items.size(); i++) {
            BulkResponseItem item = items.get(i);
            if (item.error() == null) {
                continue;
            }
            if (retryable(item.status()) && attempt < maxRetries) {
                again.add(batch.get(i));
            } else {
                throw new IllegalStateException("Elasticsearch refused " + item.operationType() + " of entry "
                        + item.id() + " (" + item.status() + "): " + item.error().type() + " "
                        + item.error().reason());
            }
        }
        return again;
    }

    private static boolean retryable(int status) {
        return status == 429 || status == 503;
    }

    private static int status(Exception e) {
        if (e instanceof ElasticsearchException es) {
            return es.status();
        }
        if (e instanceof ResponseException re) {
            return re.getResponse().getStatusLine().getStatusCode();
        }
        if (e instanceof TransportException te && te.getCause() instanceof ResponseException re) {
            return re.getResponse().getStatusLine().getStatusCode();
        }
        if (e instanceof TransportException te) {
            return te.statusCode();
        }
        return 0;
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to retry a bulk request", e);
        }
    }
}
