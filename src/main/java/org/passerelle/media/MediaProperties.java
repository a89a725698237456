package org.passerelle.media;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on uploads. Every upload comes from the internet, so each limit bounds a resource a hostile
 * file could otherwise exhaust: disk and network (size), memory (pixels, characters), CPU (timeout,
 * concurrency).
 *
 * @param maxUploadSize largest file accepted (413 above); also bounds the multipart request
 * @param maxPixels largest image, in pixels (width × height, read from the header before decoding; 422 above)
 * @param concurrentDecodes images decoded at once; the others wait, so memory stays bounded
 * @param jpegQuality quality of JPEG renditions, 0–1
 * @param maxCharacters most characters of text kept from a document (the rest is not indexed)
 * @param extractionTimeout longest a document may take to be read before it is refused (422)
 * @param concurrentExtractions documents read at once; a parser that never returns holds its slot
 * @param extractionQueueWait how long an upload waits for a free extraction slot (429 after)
 * @param maxCompressionRatio output characters per compressed byte above which a document is a zip bomb
 * @param maxNesting deepest nesting of embedded documents (and of XML elements ÷ 10) accepted
 */
@ConfigurationProperties("passerelle.media")
record MediaProperties(
        @DefaultValue("25MB") DataSize maxUploadSize,
        @DefaultValue("50000000") long maxPixels,
        @DefaultValue("2") int concurrentDecodes,
        @DefaultValue("0.85") float jpegQuality,
        @DefaultValue("500000") int maxCharacters,
        @DefaultValue("30s") Duration extractionTimeout,
        @DefaultValue("2") int concurrentExtractions,
        @DefaultValue("10s") Duration extractionQueueWait,
        @DefaultValue("100") long maxCompressionRatio,
        @DefaultValue("5") int maxNesting) {
}
