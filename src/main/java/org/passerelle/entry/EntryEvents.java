package org.passerelle.entry;

/**
 * What happened to entries, recorded in the same transaction as the change (the event publication
 * registry is the outbox), so that the search index can follow without ever missing a change.
 */
public final class EntryEvents {

    private EntryEvents() {
    }

    /** Common shape of every entry event. */
    public sealed interface EntryEvent permits EntryCreated, EntryUpdated, EntryPublished, EntryArchived,
            EntryDeleted {
        String entryId();

        String territory();

        long version();
    }

    public record EntryCreated(String entryId, String territory, long version) implements EntryEvent {
    }

    public record EntryUpdated(String entryId, String territory, long version) implements EntryEvent {
    }

    public record EntryPublished(String entryId, String territory, long version) implements EntryEvent {
    }

    public record EntryArchived(String entryId, String territory, long version) implements EntryEvent {
    }

    public record EntryDeleted(String entryId, String territory, long version) implements EntryEvent {
    }
}
