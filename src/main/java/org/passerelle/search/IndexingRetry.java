package org.passerelle.search;

import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Delivers again, every {@code passerelle.search.retry-interval} (30 s by default), the entry events
 * whose indexing failed (the engine was unreachable, say), so that the index catches up once the engine
 * is back without waiting for a restart. Only the indexer's publications older than one interval are
 * resubmitted: younger ones may still be on their first delivery. Indexing is idempotent (it reads the
 * entry as it is now), so a delivery that overlaps another is harmless.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class IndexingRetry {

    private final IncompleteEventPublications incomplete;
    private final Duration interval;

    IndexingRetry(IncompleteEventPublications incomplete,
            @Value("${passerelle.search.retry-interval:30s}") Duration interval) {
        this.incomplete = incomplete;
        this.interval = interval;
    }

    @Scheduled(fixedDelayString = "${passerelle.search.retry-interval:30s}",
            initialDelayString = "${passerelle.search.retry-interval:30s}")
    void resubmitFailedIndexing() {
        Instant before = Instant.now().minus(interval);
        incomplete.resubmitIncompletePublications(publication -> publication.getPublicationDate().isBefore(before)
                && publication instanceof TargetEventPublication target
                && target.getTargetIdentifier().getValue().contains(SearchIndexer.class.getName()));
    }
}
