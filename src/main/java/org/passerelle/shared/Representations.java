package org.passerelle.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Helpers for read responses: language selection, ETags and caching. */
public final class Representations {

    /** Public reads may be cached briefly by browsers and CDNs, then revalidated with the ETag. */
    public static final CacheControl PUBLIC = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();
    /** Reads that may show drafts are for their caller only. */
    public static final CacheControl PRIVATE = CacheControl.noCache().cachePrivate();

    private Representations() {
    }

    /** Parses {@code ?lang=}: absent is null, an unknown code a 400 problem. */
    public static Lang lang(String code) {
        if (code == null || code.isEmpty()) {
            return null;
        }
        return Lang.parse(code).orElseThrow(() -> ApiProblem.badRequest("lang must be one of fr, ja, en."));
    }

    /**
     * Replaces each multilingual field of an item by its text in {@code lang} (with the contract's
     * fallback) and records which languages the item has in {@code languages}.
     */
    public static ObjectNode localize(ObjectNode item, Lang lang, String... fields) {
        Set<String> languages = new LinkedHashSet<>();
        for (String field : fields) {
            JsonNode texts = item.get(field);
            if (texts == null || !texts.isObject()) {
                continue;
            }
            texts.propertyNames().forEach(languages::add);
            String picked = null;
            for (Lang candidate : lang.fallbackOrder()) {
                JsonNode text = texts.get(candidate.name());
                if (text != null && text.isString()) {
                    picked = text.stringValue();
                    break;
                }
            }
            item.put(field, picked);
        }
        ArrayNode array = item.putArray("languages");
        for (Lang l : Lang.values()) {
            if (languages.contains(l.name())) {
                array.add(l.name());
            }
        }
        return item;
    }

    /** A strong ETag derived from the representation's bytes. */
    public static String contentEtag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String contentEtag(String body) {
        return contentEtag(body.getBytes(StandardCharsets.UTF_8));
    }

    /** 304 when the client has this version already, else the body with its ETag and caching. */
    public static <T> ResponseEntity<T> conditional(WebRequest request, T body, String etag, CacheControl cache) {
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cache).build();
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(cache).body(body);
    }
}
