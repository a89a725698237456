package org.passerelle.entry;

import java.time.Instant;

import org.passerelle.entry.Codes.Status;

/** An entry as stored: its content plus the fields the server manages. */
public record Entry(String id, String territory, EntryContent content, Status status, long version,
        Instant createdAt, Instant updatedAt, Instant publishedAt) {

    public boolean isPublished() {
        return status == Status.PUBLISHED;
    }
}
