package org.passerelle.search;

import java.util.List;
import java.util.Map;

import org.passerelle.entry.Entry;

/**
 * What an engine indexes for one published entry: the entry and what is searched with it.
 *
 * @param entry         the published entry
 * @param territoryName the territory's multilingual name (searched)
 * @param country       the territory's country (a filter and a facet)
 * @param documentTexts text extracted from the entry's documents, already bounded in size
 * @param thumbnail     thumbnail URL for listings, or null
 */
public record SearchDocument(Entry entry, Map<String, String> territoryName, String country,
        List<String> documentTexts, String thumbnail) {

    public String id() {
        return entry.id();
    }
}
