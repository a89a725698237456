package org.passerelle.entry;

import java.time.Instant;

import org.passerelle.entry.Codes.Status;

/** An entry as stored: its content plus the fields the server manages. */
public record Entry(String id, String territory, EntryContent content, Status status, long version,
        Instant createdAt, Instant updatedAt, Instant publishedAt) {

    public boolean isPublished() {
        return status == Status.PUBLISHED;
    }

    /** The next version of this entry, changed at {@code at}; publishing stamps {@code publishedAt}. */
    Entry next(EntryContent newContent, Status newStatus, Instant at) {
        Instant published = newStatus == Status.PUBLISHED && status != Status.PUBLISHED ? at : publishedAt;
        return new Entry(id, territory, newContent, newStatus, version + 1, createdAt, at, published);
    }
}
