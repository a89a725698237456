package org.passerelle.territory;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/** Territories as JSON documents; partnerships as unordered pairs, so that each is stored once. */
@Repository
class TerritoryStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    TerritoryStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Territory> find(String slug) {
        return jdbc.sql("SELECT doc FROM territory WHERE slug = ?").param(slug)
                .query((rs, n) -> json.readValue(rs.getString(1), Territory.class)).optional()
                .map(t -> t.withPartners(partners(slug)));
    }

    boolean exists(String slug) {
        return jdbc.sql("SELECT COUNT(*) FROM territory WHERE slug = ?").param(slug).query(Long.class).single() > 0;
    }

    List<Territory> all() {
        List<Territory> territories = jdbc.sql("SELECT doc FROM territory ORDER BY slug")
                .query((rs, n) -> json.readValue(rs.getString(1), Territory.class)).list();
        List<Territory> result = new ArrayList<>();
        for (Territory t : territories) {
            result.add(t.withPartners(partners(t.slug())));
        }
        return result;
    }

    void insert(Territory territory) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("INSERT INTO territory (slug, doc, created_at, updated_at) VALUES (?, ?, ?, ?)")
                .params(territory.slug(), document(territory), now, now).update();
    }

    boolean update(Territory territory) {
        return jdbc.sql("UPDATE territory SET doc = ?, updated_at = ? WHERE slug = ?")
                .params(document(territory), Timestamp.from(Instant.now()), territory.slug()).update() == 1;
    }

    private String document(Territory territory) {
        return json.writeValueAsString(territory.withPartners(null));
    }

    List<Territory.Partner> partners(String slug) {
        return jdbc.sql("""
                SELECT territory_b AS other, relation, since FROM partnership WHERE territory_a = :slug
                UNION ALL
                SELECT territory_a AS other, relation, since FROM partnership WHERE territory_b = :slug
                ORDER BY other""").param("slug", slug)
                .query((rs, n) -> new Territory.Partner(rs.getString("other"),
                        Territory.Relation.valueOf(rs.getString("relation")),
                        (Integer) rs.getObject("since", Integer.class)))
                .list();
    }

    void replacePartners(String slug, List<Territory.Partner> partners) {
        jdbc.sql("DELETE FROM partnership WHERE territory_a = :slug OR territory_b = :slug").param("slug", slug)
                .update();
        for (Territory.Partner partner : partners) {
            String a = slug.compareTo(partner.territory()) < 0 ? slug : partner.territory();
            String b = a.equals(slug) ? partner.territory() : slug;
            jdbc.sql("INSERT INTO partnership (territory_a, territory_b, relation, since) VALUES (?, ?, ?, ?)")
                    .params(a, b, partner.relation().name(), partner.since()).update();
        }
    }
}
