package org.passerelle.entry;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * What other features attach to an entry (its media), described for the entry's representation.
 * The media feature implements it, so that entries need not know how media are stored.
 */
public interface EntryAttachments {

    List<JsonNode> describe(String entryId);
}
