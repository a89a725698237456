package org.passerelle.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.imageio.ImageIO;

import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.geometry.Positions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.support.PasserelleTest;
import org.passerelle.support.TestApi;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Not part of the normal test run (the name matches no Surefire pattern). Run it alone, with the heap
 * of a small server:
 *
 * <pre>./mvnw -q test -Dtest=MediaBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DargLine=-Xmx512m</pre>
 *
 * Part 1: 12 MP and 24 MP JPEGs to all four renditions, this pipeline (header check, subsampled
 * decode, each rendition from the next larger) against plain Thumbnailator on the fully decoded image,
 * in the same run: median time per image, bytes allocated per image, peak heap. Part 2: 8 concurrent
 * 24 MP uploads through the API, with pixel bombs and zip bombs among them, at the same heap.
 */
@PasserelleTest
class MediaBenchmark {

    private static final int WARMUP = 3;
    private static final int RUNS = 9;

    @Autowired
    ImageDecoder decoder;
    @Autowired
    RenditionRenderer renderer;
    @Autowired
    TestApi api;

    @TempDir
    Path dir;

    @Test
    void renditionsAndConcurrentUploads() throws Exception {
        StringBuilder report = new StringBuilder();
        report.append("| image | variant | best ms | median ms | allocated MB / image | peak heap MB |\n|---|---|---|---|---|---|\n");
        for (int[] size : new int[][] {{4000, 3000}, {6000, 4000}}) {
            Path file = dir.resolve(size[0] + "x" + size[1] + ".jpg");
            Files.write(file, Samples.photo(size[0], size[1], 42));
            String label = String.format(Locale.ROOT, "%d MP (%d×%d, %d KB)", size[0] * size[1] / 1_000_000, size[0],
                    size[1], Files.size(file) / 1024);
            Result ours = measure(() -> ours(file));
            Result baseline = measure(() -> baseline(file));
            report.append(row(label, "pipeline", ours)).append(row(label, "full decode + Thumbnailator", baseline));
            report.append(String.format(Locale.ROOT, "| %s | speed-up | %.1f× | %.1f× | | |%n", label,
                    baseline.bestMs() / ours.bestMs(), baseline.medianMs() / ours.medianMs()));
        }
        report.append('\n').append(concurrentUploads());
        System.out.println("\n## Media benchmark (max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                + " MB, " + Runtime.getRuntime().availableProcessors() + " cores, load average at the end "
                + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() + ")\n\n" + report);
    }

    private int ours(Path file) {
        ImageDecoder.Decoded decoded = decoder.decode(file, "image/jpeg", 1);
        return renderer.render(decoded.image()).size();
    }

    private static int baseline(Path file) throws Exception {
        BufferedImage full = ImageIO.read(file.toFile());
        int count = 0;
        for (int size : new int[] {1600, 960, 480}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Thumbnails.of(full).size(size, size).outputFormat("jpg").outputQuality(0.85f).toOutputStream(out);
            count++;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Thumbnails.of(full).size(200, 200).crop(Positions.CENTER).outputFormat("jpg").outputQuality(0.85f)
                .toOutputStream(out);
        return count + 1;
    }

    record Result(double bestMs, double medianMs, double allocatedMb, double peakMb) {
    }

    private static Result measure(Callable<Integer> work) throws Exception {
        for (int i = 0; i < WARMUP; i++) {
            assertThat(work.call()).isEqualTo(4);
        }
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
        double[] ms = new double[RUNS];
        long allocated = 0;
        for (int i = 0; i < RUNS; i++) {
            long before = threads.getThreadAllocatedBytes(tid);
            long start = System.nanoTime();
            work.call();
            ms[i] = (System.nanoTime() - start) / 1e6;
            allocated += threads.getThreadAllocatedBytes(tid) - before;
        }
        long peak = heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        Arrays.sort(ms);
        return new Result(ms[0], ms[RUNS / 2], allocated / (double) RUNS / (1024 * 1024), peak / (1024.0 * 1024));
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    private static String row(String label, String variant, Result r) {
        return String.format(Locale.ROOT, "| %s | %s | %.0f | %.0f | %.1f | %.0f |%n", label, variant, r.bestMs(),
                r.medianMs(),
                r.allocatedMb(), r.peakMb());
    }

    /** 8 uploads of a 24 MP JPEG at once, with 4 pixel bombs and 2 DOCX zip bombs among them. */
    private String concurrentUploads() throws Exception {
        String territory = api.territory("bench");
        String token = api.editorToken(territory);
        String entryId = api.craftDraft(token, territory, "Banc d'essai").get("id").stringValue();
        MediaTestSupport media = new MediaTestSupport(api);
        byte[] photo = Samples.photo(6000, 4000, 7);
        byte[] pixelBomb = Samples.pixelBombPng();
        byte[] zipBomb = Samples.docxBomb(200);
        List<Callable<Integer>> uploads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            uploads.add(() -> media.upload(token, entryId, "big.jpg", photo).getResponse().getStatus());
        }
        for (int i = 0; i < 4; i++) {
            uploads.add(() -> media.upload(token, entryId, "bomb.png", pixelBomb).getResponse().getStatus());
        }
        for (int i = 0; i < 2; i++) {
            uploads.add(() -> media.upload(token, entryId, "bomb.docx", zipBomb).getResponse().getStatus());
        }
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
        ExecutorService pool = Executors.newFixedThreadPool(uploads.size());
        long start = System.nanoTime();
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Integer> f : pool.invokeAll(uploads)) {
                statuses.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        assertThat(statuses.subList(0, 8)).containsOnly(201);
        assertThat(statuses.subList(8, 14)).containsOnly(422);
        return String.format(Locale.ROOT, "Concurrent: 8 × 24 MP JPEG (%d KB) + 4 pixel bombs + 2 DOCX zip bombs, "
                + "14 threads at once: statuses %s, %.1f s in all, peak heap %d MB, no OutOfMemoryError.%n",
                photo.length / 1024, statuses, seconds, peak / (1024 * 1024));
    }
}
