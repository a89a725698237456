package org.passerelle.media;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Media rows and their renditions; captions and EXIF as small JSON documents. */
@Repository
class MediaStore {

    private static final String COLUMNS = "id, entry_id, seq, kind, media_type, bytes, blob_key, file_name, caption,"
            + " credit, license, width, height, exif, pages, language, charset, extracted_text, created_at";
    private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    MediaStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Media> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM media WHERE id = ?").param(id).query(this::media).optional()
                .map(this::withRenditions);
    }

    List<Media> ofEntry(String entryId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM media WHERE entry_id = ? ORDER BY seq, created_at")
                .param(entryId).query(this::media).list().stream().map(this::withRenditions).toList();
    }

    int nextSeq(String entryId) {
        return jdbc.sql("SELECT COALESCE(MAX(seq), 0) + 1 FROM media WHERE entry_id = ?").param(entryId)
                .query(Integer.class).single();
    }

    void insert(Media m) {
        jdbc.sql("INSERT INTO media (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(m.id(), m.entryId(), m.seq(), m.kind().code(), m.mediaType(), m.bytes(), m.blob(),
                        m.fileName(), json.writeValueAsString(m.caption()), m.credit(), m.license(), m.width(),
                        m.height(), m.exif() == null ? null : json.writeValueAsString(m.exif()), m.pages(),
                        m.language(), m.charset(), m.text(), m.createdAt().atOffset(ZoneOffset.UTC))
                .update();
        for (Media.Stored r : m.renditions()) {
            jdbc.sql("INSERT INTO media_rendition (media_id, name, blob_key, media_type, bytes, width, height)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(m.id(), r.rendition().code(), r.blob(), r.mediaType(), r.bytes(), r.width(), r.height())
                    .update();
        }
    }

    /** Replaces what an editor says about a medium; its file and what was read from it stay. */
    void describe(String id, String fileName, Map<String, String> caption, String credit, String license) {
        jdbc.sql("UPDATE media SET file_name = ?, caption = ?, credit = ?, license = ? WHERE id = ?")
                .params(fileName, json.writeValueAsString(caption), credit, license, id).update();
    }

    /** Numbers the entry's media 1, 2, 3… in the given order. */
    void reorder(String entryId, List<String> ids) {
        for (int i = 0; i < ids.size(); i++) {
            jdbc.sql("UPDATE media SET seq = ? WHERE id = ? AND entry_id = ?").params(i + 1, ids.get(i), entryId)
                    .update();
        }
    }

    /** Deletes the media rows and returns the blobs they referred to. */
    Set<String> delete(Collection<Media> media) {
        Set<String> blobs = new TreeSet<>();
        for (Media m : media) {
            blobs.add(m.blob());
            m.renditions().forEach(r -> blobs.add(r.blob()));
            jdbc.sql("DELETE FROM media_rendition WHERE media_id = ?").param(m.id()).update();
            jdbc.sql("DELETE FROM media WHERE id = ?").param(m.id()).update();
        }
        return blobs;
    }

    boolean isReferenced(String blob) {
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM media WHERE blob_key = ?)"
                + " + (SELECT COUNT(*) FROM media_rendition WHERE blob_key = ?)")
                .params(blob, blob).query(Long.class).single() > 0;
    }

    /** The extracted texts of an entry's documents, in order. */
    List<String> texts(String entryId) {
        return jdbc.sql("SELECT extracted_text FROM media WHERE entry_id = ? AND extracted_text IS NOT NULL"
                + " ORDER BY seq, created_at").param(entryId).query(String.class).list();
    }

    private Media withRenditions(Media m) {
        if (m.kind() != MediaKind.IMAGE) {
            return m;
        }
        List<Media.Stored> renditions = new ArrayList<>(jdbc.sql(
                "SELECT name, blob_key, media_type, bytes, width, height FROM media_rendition WHERE media_id = ?")
                .param(m.id())
                .query((rs, n) -> new Media.Stored(Rendition.parse(rs.getString("name")).orElseThrow(),
                        rs.getString("blob_key"), rs.getString("media_type"), rs.getLong("bytes"),
                        rs.getInt("width"), rs.getInt("height")))
                .list());
        return new Media(m.id(), m.entryId(), m.seq(), m.kind(), m.mediaType(), m.bytes(), m.blob(), m.fileName(),
                m.caption(), m.credit(), m.license(), m.width(), m.height(), m.exif(), m.pages(), m.language(),
                m.charset(), m.text(), renditions, m.createdAt());
    }

    private Media media(ResultSet rs, int row) throws SQLException {
        String exif = rs.getString("exif");
        Map<String, String> caption = json.readValue(rs.getString("caption"), TEXTS);
        return new Media(rs.getString("id"), rs.getString("entry_id"), rs.getInt("seq"),
                MediaKind.of(rs.getString("kind")), rs.getString("media_type"), rs.getLong("bytes"),
                rs.getString("blob_key"), rs.getString("file_name"), new LinkedHashMap<>(caption),
                rs.getString("credit"), rs.getString("license"), integer(rs, "width"), integer(rs, "height"),
                exif == null ? null : json.readValue(exif, ExifSummary.class), integer(rs, "pages"),
                rs.getString("language"), rs.getString("charset"), rs.getString("extracted_text"), List.of(),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
