package org.passerelle.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.passerelle.entry.Entry;
import org.passerelle.entry.EntryAttachments;
import org.passerelle.entry.EntryService;
import org.passerelle.territory.Territory;
import org.passerelle.territory.TerritoryService;
import org.springframework.stereotype.Component;

/** Builds what the engine indexes from the store: the entry, its territory's name and its documents' text. */
@Component
class EntryDocuments {

    private final EntryService entries;
    private final TerritoryService territories;
    private final List<EntryAttachments> attachments;
    private final SearchProperties properties;

    EntryDocuments(EntryService entries, TerritoryService territories, List<EntryAttachments> attachments,
            SearchProperties properties) {
        this.entries = entries;
        this.territories = territories;
        this.attachments = attachments;
        this.properties = properties;
    }

    /** The entry as it is now, if it is published. */
    Optional<SearchDocument> load(String entryId) {
        return entries.findPublished(entryId).map(entry -> of(entry, territories::find));
    }

    SearchDocument of(Entry entry, Function<String, Optional<Territory>> territoryLookup) {
        Optional<Territory> territory = territoryLookup.apply(entry.territory());
        Map<String, String> name = territory.map(Territory::name).orElse(Map.of());
        String country = territory.map(Territory::country).orElse(null);
        List<String> texts = new ArrayList<>();
        int budget = properties.maxDocumentText();
        String thumbnail = null;
        for (EntryAttachments source : attachments) {
            for (String text : source.searchableTexts(entry.id())) {
                if (budget <= 0 || text == null) {
                    break;
                }
                String kept = text.length() > budget ? text.substring(0, budget) : text;
                texts.add(kept);
                budget -= kept.length();
            }
            if (thumbnail == null) {
                thumbnail = source.thumbnail(entry.id()).orElse(null);
            }
        }
        return new SearchDocument(entry, name, country, texts, thumbnail);
    }
}
