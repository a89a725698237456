package org.passerelle.media;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.passerelle.shared.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Reads the text of uploaded documents with Tika, treating each document as hostile: the text kept is
 * bounded (write limit), compression bombs and deep nesting are refused (Tika's SecureContentHandler
 * limits and POI's inflate-ratio check), office files are read with the streaming SAX extractors
 * rather than DOM, there is no OCR, and each parse runs on a worker thread the upload waits for at
 * most the extraction timeout; past it the worker is interrupted and the upload refused.
 *
 * <p>Isolation is in-process: a parser stuck in a loop that ignores interrupts keeps its worker and
 * its slot, but at most {@code concurrent-extractions} slots can be lost that way, and everything
 * else (reads, images) keeps working. Tika's ForkParser would isolate fully (a child JVM that can be
 * killed), but it needs the parsers on a plain class path (not inside Spring Boot's nested jar) and a
 * JVM of a few hundred MB per worker on a 2-core machine; the limits above make that unnecessary for
 * the accepted types.
 */
@Component
class DocumentExtractor implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DocumentExtractor.class);

    /** The text of a document and what the parser counted. */
    record Extracted(String text, Integer pages, String language, String charset) {
        int characters() {
            return text.length();
        }
    }

    /** Beyond these an office document is refused whatever its size (see {@link ZipBombCheck}). */
    private static final long MAX_EXPANDED = 512L * 1024 * 1024;
    private static final int MAX_ENTRIES = 10_000;

    private final MediaProperties properties;
    private final AutoDetectParser parser;
    private final LanguageGuesser languages;
    private final Semaphore slots;
    private final ExecutorService workers;

    DocumentExtractor(MediaProperties properties, LanguageGuesser languages) {
        this.properties = properties;
        this.languages = languages;
        this.parser = new AutoDetectParser();
        // SecureContentHandler limits: spool to disk never, check the ratio from the first 100k characters
        parser.setAutoDetectParserConfig(new AutoDetectParserConfig(-1L, 100_000L,
                properties.maxCompressionRatio(), properties.maxNesting() * 10, properties.maxNesting()));
        ZipSecureFile.setMinInflateRatio(1.0 / properties.maxCompressionRatio());
        this.slots = new Semaphore(Math.max(1, properties.concurrentExtractions()));
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "document-extraction-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    Extracted extract(Path file, String mediaType) {
        try {
            if (!slots.tryAcquire(properties.extractionQueueWait().toMillis(), TimeUnit.MILLISECONDS)) {
                throw busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
        Future<Extracted> result;
        try {
            result = workers.submit(() -> {
                try {
                    return parse(file, mediaType);
                } finally {
                    // released when the parse really ends, so a stuck parser keeps its slot taken
                    slots.release();
                }
            });
        } catch (RuntimeException e) {
            slots.release();
            throw e;
        }
        try {
            return result.get(properties.extractionTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw unreadable("The document took longer than " + properties.extractionTimeout().toSeconds()
                    + " s to read (passerelle.media.extraction-timeout).");
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw unreadable("The upload was interrupted.");
        } catch (ExecutionException e) {
            log.info("Refused a {} document: {}", mediaType, e.getCause().toString());
            throw unreadable(isBomb(e.getCause())
                    ? "The document expands far beyond its size (a compression bomb?) and was refused."
                    : "The document is damaged or cannot be read as " + mediaType + ".");
        }
    }

    private Extracted parse(Path file, String mediaType) throws Exception {
        if (!mediaType.startsWith("text/") && !mediaType.equals("application/pdf")) {
            ZipBombCheck.inspect(file, properties.maxCompressionRatio(), MAX_EXPANDED, MAX_ENTRIES);
        }
        BodyContentHandler handler = new BodyContentHandler(properties.maxCharacters());
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, mediaType);
        try (InputStream in = TikaInputStream.get(file)) {
            parser.parse(in, handler, metadata, context());
        } catch (Exception e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw e;
            }
            // the limit only bounds what is kept: the beginning of a long document is still indexed
        }
        String text = handler.toString().replaceAll("\\s+", " ").strip();
        if (text.length() > properties.maxCharacters()) {
            text = text.substring(0, properties.maxCharacters());
        }
        return new Extracted(text, pages(metadata), languages.guess(text), charset(metadata));
    }

    private static ParseContext context() {
        ParseContext context = new ParseContext();
        OfficeParserConfig office = new OfficeParserConfig();
        office.setUseSAXDocxExtractor(true);
        office.setUseSAXPptxExtractor(true);
        office.setIncludeHeadersAndFooters(true);
        context.set(OfficeParserConfig.class, office);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        context.set(PDFParserConfig.class, pdf);
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, ocr);
        return context;
    }

    private static Integer pages(Metadata metadata) {
        for (var property : new org.apache.tika.metadata.Property[] {PagedText.N_PAGES, Office.PAGE_COUNT,
                Office.SLIDE_COUNT}) {
            Integer value = metadata.getInt(property);
            if (value != null && value >= 0) {
                return value;
            }
        }
        return null;
    }

    private static String charset(Metadata metadata) {
        String type = metadata.get(Metadata.CONTENT_TYPE);
        if (type == null) {
            return null;
        }
        int at = type.toLowerCase().indexOf("charset=");
        return at < 0 ? null : type.substring(at + "charset=".length()).replaceAll("[;\\s].*", "");
    }

    private static boolean isBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase();
            if (message.contains("zip bomb") || message.contains("compression ratio")
                    || message.contains("nested") || message.contains("depth")) {
                return true;
            }
        }
        return false;
    }

    static ApiProblem unreadable(String detail) {
        return ApiProblem.invalid("file", detail);
    }

    private static ApiProblem busy() {
        return new Busy();
    }

    /** Every extraction slot is taken: a 429 with Retry-After, answered by {@link UploadProblems}. */
    static final class Busy extends ApiProblem {
        static final int RETRY_AFTER_SECONDS = 30;

        Busy() {
            super(HttpStatus.TOO_MANY_REQUESTS, "busy", "Too many documents at once",
                    "Documents are being read already; send this one again in a little while.");
        }
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }
}
