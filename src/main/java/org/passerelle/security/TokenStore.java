package org.passerelle.security;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tokens by the SHA-256 of their secret; the secret itself is never stored. */
@Repository
class TokenStore {

    record StoredToken(String id, String role, String territory, String label, Instant createdAt) {
    }

    private final JdbcClient jdbc;

    TokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredToken> findActiveByHash(String hash) {
        return jdbc.sql("SELECT id, role, territory, label, created_at FROM api_token"
                + " WHERE secret_hash = ? AND revoked_at IS NULL").param(hash).query(this::row).optional();
    }

    Optional<StoredToken> findActiveAdmin() {
        return jdbc.sql("SELECT id, role, territory, label, created_at FROM api_token"
                + " WHERE role = 'ADMIN' AND revoked_at IS NULL").query(this::row).optional();
    }

    List<StoredToken> activeEditors() {
        return jdbc.sql("SELECT id, role, territory, label, created_at FROM api_token"
                + " WHERE role = 'EDITOR' AND revoked_at IS NULL ORDER BY created_at, id").query(this::row).list();
    }

    void insert(StoredToken token, String hash) {
        jdbc.sql("INSERT INTO api_token (id, role, territory, label, secret_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(token.id(), token.role(), token.territory(), token.label(), hash,
                        token.createdAt().atOffset(ZoneOffset.UTC))
                .update();
    }

    boolean revoke(String id) {
        return jdbc.sql("UPDATE api_token SET revoked_at = ? WHERE id = ? AND role = 'EDITOR' AND revoked_at IS NULL")
                .params(OffsetDateTime.now(ZoneOffset.UTC), id).update() == 1;
    }

    private StoredToken row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new StoredToken(rs.getString("id"), rs.getString("role"), rs.getString("territory"),
                rs.getString("label"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
