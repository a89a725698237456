package org.passerelle.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.passerelle.support.PasserelleTest;
import org.passerelle.support.TestApi;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Several uploads to one entry at once (an editor dropping a folder of photos) are all accepted:
 * they queue on the entry instead of failing as stale versions, and each gets its own place.
 */
@PasserelleTest
class ConcurrentUploadTests {

    @Autowired
    TestApi api;

    @Test
    void simultaneousUploadsToOneEntryAreAllKept() throws Exception {
        MediaTestSupport media = new MediaTestSupport(api);
        String territory = api.territory("concurrent");
        String token = api.editorToken(territory);
        String entryId = api.craftDraft(token, territory, "Atelier de verre").get("id").stringValue();
        int uploads = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(uploads);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < uploads; i++) {
                byte[] png = Samples.opaquePng(40 + i, 30 + i);
                statuses.add(pool.submit(() -> {
                    start.await();
                    return media.upload(token, entryId, "photo.png", png).getResponse().getStatus();
                }));
            }
            start.countDown();
            for (Future<Integer> status : statuses) {
                assertThat(status.get()).isEqualTo(201);
            }
        } finally {
            pool.shutdownNow();
        }
        var entry = api.body(api.send("GET", "/api/v1/entries/" + entryId, token, null));
        assertThat(entry.get("media")).hasSize(uploads);
        assertThat(entry.get("version").longValue()).isEqualTo(1 + uploads);
    }
}
