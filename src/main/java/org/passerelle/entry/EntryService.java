package org.passerelle.entry;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.passerelle.entry.Codes.Status;
import org.passerelle.entry.EntryEvents.EntryArchived;
import org.passerelle.entry.EntryEvents.EntryCreated;
import org.passerelle.entry.EntryEvents.EntryDeleted;
import org.passerelle.entry.EntryEvents.EntryPublished;
import org.passerelle.entry.EntryEvents.EntryUpdated;
import org.passerelle.shared.ApiProblem;
import org.passerelle.shared.Caller;
import org.passerelle.shared.FieldReader;
import org.passerelle.shared.Ids;
import org.passerelle.territory.TerritoryService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The publishing workflow: drafts, updates guarded by version, publish and archive, revisions. Each
 * change publishes its event in the same transaction, where the event registry records it.
 */
@Service
public class EntryService {

    /** {@code If-Match: *}: any current version will do. */
    public static final long ANY_VERSION = -1;

    private final EntryStore store;
    private final EntryAccess access;
    private final EntrySlugs slugs;
    private final TerritoryService territories;
    private final ApplicationEventPublisher events;

    EntryService(EntryStore store, EntryAccess access, EntrySlugs slugs, TerritoryService territories,
            ApplicationEventPublisher events) {
        this.store = store;
        this.access = access;
        this.slugs = slugs;
        this.territories = territories;
        this.events = events;
    }

    /** An entry as the caller may see it: drafts and archived entries only for those who manage them. */
    @Transactional(readOnly = true)
    public Entry get(Caller caller, String id) {
        return access.visible(caller, id);
    }

    @Transactional(readOnly = true)
    public Optional<Entry> findBySlug(String territory, String slug) {
        return store.findBySlug(territory, slug);
    }

    @Transactional(readOnly = true)
    public Optional<Entry> findPublished(String id) {
        return store.find(id).filter(Entry::isPublished);
    }

    /** Published entries, most recently published first (feeds); territory and kind may be null. */
    @Transactional(readOnly = true)
    public List<Entry> recentlyPublished(String territory, Codes.Kind kind, int limit) {
        return store.recentlyPublished(territory, kind == null ? null : kind.code(), limit);
    }

    /** How many published entries each territory has, per kind. Territories without any are absent. */
    @Transactional(readOnly = true)
    public Map<String, Map<Codes.Kind, Long>> publishedCounts() {
        return store.publishedCounts();
    }

    @Transactional(readOnly = true)
    public List<Entry> all(String territory) {
        return store.all(territory);
    }

    /** Published entries with an id after {@code afterId} (null: from the start), in id order, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<Entry> publishedAfter(String afterId, int limit) {
        return store.publishedAfter(afterId, limit);
    }

    /** How many entries are published and when the latest of them changed (the search index compares itself). */
    @Transactional(readOnly = true)
    public PublishedStats publishedStats() {
        return store.publishedStats();
    }

    @Transactional
    public Entry create(Caller caller, String territory, EntryContent content) {
        return create(caller, territory, content, null);
    }

    /** Creates a draft; {@code requestedId} keeps an entry's id when a content bundle moves between services. */
    @Transactional
    public Entry create(Caller caller, String territory, EntryContent content, String requestedId) {
        if (!territories.exists(territory)) {
            throw ApiProblem.invalid("territory", "no territory '" + territory + "'");
        }
        if (!caller.manages(territory)) {
            throw ApiProblem.forbidden("This token may not publish for territory '" + territory + "'.");
        }
        String id = requestedId != null && FieldReader.isSlug(requestedId) && requestedId.length() <= 32
                && store.find(requestedId).isEmpty() ? requestedId : Ids.next();
        String slug = slugs.forNewEntry(territory, content, id);
        Instant now = now();
        Entry entry = new Entry(id, territory, content.withSlug(slug), Status.DRAFT, 1, now, now, null);
        try {
            store.insert(entry);
        } catch (DuplicateKeyException e) {
            throw EntrySlugs.conflict(territory, slug);
        }
        events.publishEvent(new EntryCreated(id, territory, entry.version()));
        return entry;
    }

    @Transactional
    public Entry replace(Caller caller, String id, Long expectedVersion, String territory, EntryContent content) {
        Entry current = access.manageable(caller, id);
        EntryAccess.checkVersion(current, expectedVersion, true);
        if (territory != null && !territory.equals(current.territory())) {
            throw ApiProblem.invalid("territory", "an entry cannot move to another territory");
        }
        String slug = slugs.forReplacement(current, content);
        return save(current, current.next(content.withSlug(slug), current.status(), now()), EntryUpdated::new);
    }

    @Transactional
    public Entry publish(Caller caller, String id, Long expectedVersion) {
        return transition(caller, id, expectedVersion, Status.PUBLISHED, EntryPublished::new);
    }

    @Transactional
    public Entry archive(Caller caller, String id, Long expectedVersion) {
        return transition(caller, id, expectedVersion, Status.ARCHIVED, EntryArchived::new);
    }

    private Entry transition(Caller caller, String id, Long expectedVersion, Status target, EventFactory event) {
        Entry current = access.manageable(caller, id);
        EntryAccess.checkVersion(current, expectedVersion, false);
        if (current.status() == target) {
            return current;
        }
        return save(current, current.next(current.content(), target, now()), event);
    }

    private interface EventFactory {
        EntryEvents.EntryEvent create(String entryId, String territory, long version);
    }

    /**
     * Records that the entry's attachments (media) changed: a new version, so that ETags change and
     * the index re-reads the entry. Returns the entry as it is now.
     */
    @Transactional
    public Entry attachmentsChanged(Caller caller, String id) {
        // Several uploads to one entry at once are normal: they queue on the entry's row rather than
        // fail as stale versions (call this before other writes of the same transaction that depend on it).
        store.lock(id);
        Entry current = access.manageable(caller, id);
        return save(current, current.next(current.content(), current.status(), now()), EntryUpdated::new);
    }

    /**
     * Gives an entry the dates it had in the store it was exported from, so that moving a catalogue
     * keeps its history; a null date stays as it is. Only the admin may rewrite dates, and it is a new
     * version like any change (the representation changed), announced as an update.
     */
    @Transactional
    public Entry restoreDates(Caller caller, String id, Instant createdAt, Instant updatedAt, Instant publishedAt) {
        caller.requireAdmin();
        Entry current = access.manageable(caller, id);
        Entry next = new Entry(id, current.territory(), current.content(), current.status(), current.version() + 1,
                createdAt == null ? current.createdAt() : createdAt,
                updatedAt == null ? current.updatedAt() : updatedAt,
                publishedAt == null ? current.publishedAt() : publishedAt);
        return save(current, next, EntryUpdated::new);
    }

    /** Whether the caller may change this entry's media: visible to it and of a territory it manages. */
    @Transactional(readOnly = true)
    public Entry requireManageable(Caller caller, String id) {
        return access.manageable(caller, id);
    }

    @Transactional
    public void delete(Caller caller, String id) {
        Entry current = access.manageable(caller, id);
        store.delete(id);
        events.publishEvent(new EntryDeleted(id, current.territory(), current.version()));
    }

    @Transactional(readOnly = true)
    public List<Entry> revisions(Caller caller, String id) {
        Entry current = access.manageable(caller, id);
        return store.revisions(current.id());
    }

    /** Stores the next version and announces it, in the caller's transaction. */
    private Entry save(Entry current, Entry next, EventFactory event) {
        try {
            if (!store.replace(current, next)) {
                throw ApiProblem.staleVersion("The entry changed meanwhile; read it again and reapply your change.");
            }
        } catch (DuplicateKeyException e) {
            throw EntrySlugs.conflict(current.territory(), next.content().slug());
        }
        events.publishEvent(event.create(next.id(), next.territory(), next.version()));
        return next;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
