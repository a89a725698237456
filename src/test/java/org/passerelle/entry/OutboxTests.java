package org.passerelle.entry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.passerelle.entry.EntryEvents.EntryEvent;
import org.passerelle.entry.EntryEvents.EntryCreated;
import org.passerelle.entry.EntryEvents.EntryPublished;
import org.passerelle.support.PasserelleTest;
import org.passerelle.support.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.IncompleteEventPublications;

import static org.awaitility.Awaitility.await;

/**
 * Entry changes are recorded in the event publication registry in the write's transaction: a
 * listener that fails leaves its publication incomplete in the store, and it is delivered again when
 * resubmitted (as on restart), so a consumer such as the search index never misses a change.
 */
@PasserelleTest
@Import(OutboxTests.FlakyConsumer.class)
class OutboxTests {

    @TestConfiguration
    static class FlakyConsumer {
        // static: the listener bean is proxied (async, transactional), so tests cannot reach its fields
        static final List<EntryEvent> received = new CopyOnWriteArrayList<>();
        static volatile boolean failing = true;

        @ApplicationModuleListener
        void on(EntryEvent event) {
            if (failing) {
                throw new IllegalStateException("consumer down");
            }
            received.add(event);
        }
    }

    @Autowired
    TestApi api;
    @Autowired
    IncompleteEventPublications incomplete;
    @Autowired
    EventPublicationRegistry registry;

    @Test
    void aFailedDeliveryStaysInTheOutboxAndIsDeliveredWhenResubmitted() {
        String territory = api.territory("lyon");
        String editor = api.editorToken(territory);
        String id = api.craftDraft(editor, territory, "Soierie").get("id").stringValue();
        api.publish(editor, id);

        await().untilAsserted(() -> assertThat(registry.findIncompletePublications())
                .filteredOn(p -> p.getEvent() instanceof EntryEvent e && e.entryId().equals(id)).hasSize(2));
        assertThat(FlakyConsumer.received).isEmpty();

        FlakyConsumer.failing = false;
        incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof EntryEvent e && e.entryId().equals(id));

        await().untilAsserted(() -> assertThat(FlakyConsumer.received).filteredOn(e -> e.entryId().equals(id))
                .extracting(e -> (Object) e.getClass()).containsExactlyInAnyOrder(EntryCreated.class, EntryPublished.class));
        await().untilAsserted(() -> assertThat(registry.findIncompletePublications())
                .filteredOn(p -> p.getEvent() instanceof EntryEvent e && e.entryId().equals(id)).isEmpty());
    }
}
