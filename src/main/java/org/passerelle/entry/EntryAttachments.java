package org.passerelle.entry;

import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * What other features attach to an entry (its media), seen from the entry. The media feature
 * implements it, so that entries need not know how media are stored. When attachments change, that
 * feature calls {@link EntryService#attachmentsChanged}, which bumps the entry's version (its
 * representation changed) and publishes {@code EntryUpdated}, so the search index follows.
 */
public interface EntryAttachments {

    /** The {@code media} items of the entry's representation. */
    List<JsonNode> describe(String entryId);

    /** Text extracted from the entry's documents, searched with the entry. */
    default List<String> searchableTexts(String entryId) {
        return List.of();
    }

    /** URL of the entry's thumbnail for listings, if it has an image. */
    default Optional<String> thumbnail(String entryId) {
        return Optional.empty();
    }
}
