package org.passerelle.content;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.passerelle.content.BundleFiles.BundleException;
import org.passerelle.content.ContentImporter.Outcome;
import org.passerelle.entry.Codes.Status;
import org.passerelle.entry.Entry;
import org.passerelle.entry.EntryForm;
import org.passerelle.entry.EntryService;
import org.passerelle.shared.Caller;
import org.passerelle.shared.TextLimits;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One entry file of a bundle: read and checked first (its fields as the API checks them, its status,
 * dates and media), then applied, changing only what differs from the store.
 */
@Component
class EntryImport {

    private static final Caller IMPORTER = ContentImporter.IMPORTER;

    /** The dates an export recorded; null when the file does not give them. */
    record Dates(Instant createdAt, Instant updatedAt, Instant publishedAt) {
        boolean any() {
            return createdAt != null || updatedAt != null || publishedAt != null;
        }
    }

    record Parsed(Path file, String id, EntryForm.Submitted form, Status status, Dates dates,
            List<BundleMedia.Item> media) {
    }

    record Applied(Outcome outcome, MediaSync.Changes media) {
    }

    private final EntryService entries;
    private final BundleMedia bundleMedia;
    private final MediaSync mediaSync;
    private final TextLimits limits;

    EntryImport(EntryService entries, BundleMedia bundleMedia, MediaSync mediaSync, TextLimits limits) {
        this.entries = entries;
        this.bundleMedia = bundleMedia;
        this.mediaSync = mediaSync;
        this.limits = limits;
    }

    Parsed parse(Path file) {
        JsonNode body = BundleFiles.read(file);
        if (!(body instanceof ObjectNode object)) {
            throw new BundleException(file, "must hold a YAML mapping");
        }
        String territory = file.getParent().getFileName().toString();
        if (object.has("territory") && !territory.equals(object.get("territory").asString())) {
            throw new BundleException(file, "names territory '" + object.get("territory").asString()
                    + "' but lies in the folder of '" + territory + "'");
        }
        object.put("territory", territory);
        JsonNode statusNode = object.remove("status");
        JsonNode idNode = object.remove("id");
        Status status = statusNode == null ? Status.PUBLISHED : Status.of(statusNode.asString());
        if (status == null) {
            throw new BundleException(file, "has an unknown status: use published, draft or archived");
        }
        Dates dates = new Dates(instant(file, object.remove("createdAt"), "createdAt"),
                instant(file, object.remove("updatedAt"), "updatedAt"),
                instant(file, object.remove("publishedAt"), "publishedAt"));
        if (dates.createdAt() != null && dates.updatedAt() != null && dates.updatedAt().isBefore(dates.createdAt())) {
            throw new BundleException(file, "has an updatedAt before its createdAt");
        }
        if (dates.publishedAt() != null && status == Status.DRAFT) {
            throw new BundleException(file, "is a draft, which has no publishedAt");
        }
        JsonNode media = object.remove("media");
        EntryForm.Submitted form = EntryForm.read(object, limits);
        if (form.content().slug() == null) {
            object.put("slug", BundleFiles.baseName(file));
            form = EntryForm.read(object, limits);
        }
        BundleFiles.requireNamedAfter(file, form.content().slug());
        return new Parsed(file, idNode == null ? null : idNode.asString(), form, status, dates,
                bundleMedia.read(file, media));
    }

    private static Instant instant(Path file, JsonNode node, String field) {
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return Instant.parse(node.asString());
        } catch (DateTimeParseException e) {
            throw new BundleException(file, "has an invalid " + field + ": write an ISO-8601 UTC instant such as"
                    + " 2025-04-01T09:30:00Z");
        }
    }

    Applied apply(Parsed parsed) {
        String territory = parsed.form().territory();
        var existing = entries.findBySlug(territory, parsed.form().content().slug());
        Outcome outcome;
        Entry entry;
        if (existing.isEmpty()) {
            entry = entries.create(IMPORTER, territory, parsed.form().content(), parsed.id());
            outcome = Outcome.CREATED;
        } else if (existing.get().content().equals(parsed.form().content())) {
            entry = existing.get();
            outcome = Outcome.UNCHANGED;
        } else {
            entry = entries.replace(IMPORTER, existing.get().id(), EntryService.ANY_VERSION, territory,
                    parsed.form().content());
            outcome = Outcome.UPDATED;
        }
        if (entry.status() != parsed.status()) {
            if (parsed.status() == Status.PUBLISHED) {
                entries.publish(IMPORTER, entry.id(), null);
            } else if (parsed.status() == Status.ARCHIVED) {
                entries.archive(IMPORTER, entry.id(), null);
            }
            if (parsed.status() != Status.DRAFT && outcome == Outcome.UNCHANGED) {
                outcome = Outcome.UPDATED;
            }
        }
        MediaSync.Changes media = mediaSync.apply(IMPORTER, entry.id(), parsed.media());
        if (media.any() && outcome == Outcome.UNCHANGED) {
            outcome = Outcome.UPDATED;
        }
        // Dates are restored only into an entry the import has just created: an entry that was already
        // in the store has its own history there, which a bundle's older dates must not rewrite.
        Dates dates = parsed.dates();
        if (outcome == Outcome.CREATED && dates.any()) {
            entries.restoreDates(IMPORTER, entry.id(), dates.createdAt(), dates.updatedAt(),
                    dates.publishedAt());
        }
        return new Applied(outcome, media);
    }
}
