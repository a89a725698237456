package org.passerelle.media;

import java.util.List;
import java.util.Optional;

import org.passerelle.entry.EntryAttachments;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/** An entry's media as the entry shows them, and its documents' text for search. */
@Component
class MediaAttachments implements EntryAttachments {

    private final MediaStore store;
    private final MediaView view;

    MediaAttachments(MediaStore store, MediaView view) {
        this.store = store;
        this.view = view;
    }

    @Override
    public List<JsonNode> describe(String entryId) {
        return store.ofEntry(entryId).stream().map(m -> (JsonNode) view.render(m)).toList();
    }

    @Override
    public List<String> searchableTexts(String entryId) {
        return store.texts(entryId);
    }

    @Override
    public Optional<String> thumbnail(String entryId) {
        return store.ofEntry(entryId).stream().filter(Media::isImage).findFirst()
                .map(m -> MediaView.url(m.id(), Rendition.THUMB));
    }
}
