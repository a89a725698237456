package org.passerelle.entry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.passerelle.entry.Codes.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/**
 * Entries as JSON documents beside the columns that are queried. Every change keeps the previous
 * version in {@code entry_revision}; updates are guarded by the version so that no edit is lost.
 */
@Repository
class EntryStore {

    private static final String COLUMNS = "id, territory, status, version, doc, created_at, updated_at, published_at";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    EntryStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Entry> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM entry WHERE id = ?").param(id).query(this::entry).optional();
    }

    Optional<Entry> findBySlug(String territory, String slug) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM entry WHERE territory = ? AND slug = ?")
                .params(territory, slug).query(this::entry).optional();
    }

    boolean slugTaken(String territory, String slug, String exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM entry WHERE territory = ? AND slug = ? AND id <> ?")
                .params(territory, slug, exceptId == null ? "" : exceptId).query(Long.class).single() > 0;
    }

    /** Every entry of a territory (or all when null), in a stable order, for export and reindexing. */
    List<Entry> all(String territory) {
        if (territory == null) {
            return jdbc.sql("SELECT " + COLUMNS + " FROM entry ORDER BY territory, slug").query(this::entry).list();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM entry WHERE territory = ? ORDER BY slug").param(territory)
                .query(this::entry).list();
    }

    /** Published entries after {@code afterId} in id order: keyset pages, so a rebuild never holds the whole store. */
    List<Entry> publishedAfter(String afterId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM entry WHERE status = 'published' AND id > ? ORDER BY id"
                + " FETCH FIRST " + limit + " ROWS ONLY").param(afterId == null ? "" : afterId).query(this::entry).list();
    }

    /** How many entries are published and when the latest of them changed. */
    PublishedStats publishedStats() {
        return jdbc.sql("SELECT COUNT(*), MAX(updated_at) FROM entry WHERE status = 'published'")
                .query((rs, n) -> new PublishedStats(rs.getLong(1), instant(rs, 2))).single();
    }

    /** Locks the entry's row until the transaction ends, so that concurrent changes queue instead of failing. */
    void lock(String id) {
        jdbc.sql("SELECT version FROM entry WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional();
    }

    void insert(Entry entry) {
        jdbc.sql("INSERT INTO entry (id, territory, slug, kind, status, version, doc, created_at, updated_at,"
                + " published_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(entry.id(), entry.territory(), entry.content().slug(), entry.content().kind().code(),
                        entry.status().code(), entry.version(), json.writeValueAsString(entry.content()),
                        utc(entry.createdAt()), utc(entry.updatedAt()), utc(entry.publishedAt()))
                .update();
    }

    /**
     * Replaces {@code previous} by {@code next} if nobody changed it meanwhile, keeping {@code previous}
     * as a revision. Returns false when the stored version is no longer {@code previous.version()}.
     */
    boolean replace(Entry previous, Entry next) {
        int updated = jdbc.sql("UPDATE entry SET slug = ?, kind = ?, status = ?, version = ?, doc = ?, created_at = ?,"
                + " updated_at = ?, published_at = ? WHERE id = ? AND version = ?")
                .params(next.content().slug(), next.content().kind().code(), next.status().code(), next.version(),
                        json.writeValueAsString(next.content()), utc(next.createdAt()), utc(next.updatedAt()),
                        utc(next.publishedAt()), next.id(), previous.version())
                .update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("INSERT INTO entry_revision (entry_id, version, doc, recorded_at) VALUES (?, ?, ?, ?)")
                .params(previous.id(), previous.version(), json.writeValueAsString(previous), utc(Instant.now()))
                .update();
        return true;
    }

    boolean delete(String id) {
        jdbc.sql("DELETE FROM entry_revision WHERE entry_id = ?").param(id).update();
        return jdbc.sql("DELETE FROM entry WHERE id = ?").param(id).update() == 1;
    }

    /** Earlier versions, newest first. */
    List<Entry> revisions(String id) {
        return jdbc.sql("SELECT doc FROM entry_revision WHERE entry_id = ? ORDER BY version DESC").param(id)
                .query((rs, n) -> json.readValue(rs.getString(1), Entry.class)).list();
    }

    /** Published entries, most recently published first, optionally of one territory and kind. */
    List<Entry> recentlyPublished(String territory, String kind, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM entry WHERE status = 'published'");
        var params = new ArrayList<Object>();
        if (territory != null) {
            sql.append(" AND territory = ?");
            params.add(territory);
        }
        if (kind != null) {
            sql.append(" AND kind = ?");
            params.add(kind);
        }
        sql.append(" ORDER BY published_at DESC, id LIMIT ?");
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params).query(this::entry).list();
    }

    /** Published entries per territory and kind. */
    Map<String, Map<Codes.Kind, Long>> publishedCounts() {
        Map<String, Map<Codes.Kind, Long>> counts = new TreeMap<>();
        jdbc.sql("SELECT territory, kind, COUNT(*) AS n FROM entry WHERE status = 'published' GROUP BY territory, kind")
                .query(rs -> {
                    counts.computeIfAbsent(rs.getString("territory"), t -> new EnumMap<>(Codes.Kind.class))
                            .put(Codes.Kind.of(rs.getString("kind")), rs.getLong("n"));
                });
        return counts;
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM entry").query(Long.class).single();
    }

    private Entry entry(ResultSet rs, int row) throws SQLException {
        return new Entry(rs.getString("id"), rs.getString("territory"),
                json.readValue(rs.getString("doc"), EntryContent.class), Status.of(rs.getString("status")),
                rs.getLong("version"), instant(rs, "created_at"), instant(rs, "updated_at"),
                instant(rs, "published_at"));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
