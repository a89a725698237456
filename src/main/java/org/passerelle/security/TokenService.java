package org.passerelle.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.passerelle.shared.ApiProblem;
import org.passerelle.shared.Caller;
import org.passerelle.shared.Ids;
import org.passerelle.territory.TerritoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues, checks and revokes tokens. Secrets are 256 random bits, so a plain SHA-256 suffices to store them. */
@Service
public class TokenService {

    private static final Logger log = LoggerFactory.getLogger(TokenService.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    record Issued(TokenStore.StoredToken token, String secret) {
    }

    private final TokenStore store;
    private final TerritoryService territories;
    private final String configuredAdminHash;

    TokenService(TokenStore store, TerritoryService territories, SecurityProperties properties) {
        this.store = store;
        this.territories = territories;
        String configured = properties.adminToken();
        this.configuredAdminHash = configured == null || configured.isBlank() ? null : hash(configured.strip());
    }

    /** On first start without a configured admin token, create one and show it once. */
    @Transactional
    public void ensureAdminToken() {
        if (configuredAdminHash != null || store.findActiveAdmin().isPresent()) {
            return;
        }
        String secret = newSecret();
        store.insert(new TokenStore.StoredToken("admin", "ADMIN", null, "generated admin token", now()), hash(secret));
        log.warn("""

                ************************************************************************
                 No PASSERELLE_ADMIN_TOKEN was set: generated an admin token. It is shown
                 this once and only its hash is kept; store it now:

                     {}

                ************************************************************************""", secret);
    }

    @Transactional(readOnly = true)
    public Optional<Caller> authenticate(String secret) {
        String hash = hash(secret);
        if (configuredAdminHash != null) {
            if (MessageDigest.isEqual(configuredAdminHash.getBytes(StandardCharsets.US_ASCII),
                    hash.getBytes(StandardCharsets.US_ASCII))) {
                return Optional.of(Caller.admin("admin"));
            }
        }
        return store.findActiveByHash(hash)
                .filter(t -> t.role().equals("EDITOR") || configuredAdminHash == null)
                .map(t -> t.role().equals("ADMIN") ? Caller.admin(t.id()) : Caller.editor(t.territory(), t.id()));
    }

    @Transactional
    Issued issueEditorToken(Caller caller, String territory, String label) {
        caller.requireAdmin();
        if (!territories.exists(territory)) {
            throw ApiProblem.invalid("territory", "no territory '" + territory + "'");
        }
        String secret = newSecret();
        TokenStore.StoredToken token = new TokenStore.StoredToken(Ids.next(), "EDITOR", territory, label, now());
        store.insert(token, hash(secret));
        return new Issued(token, secret);
    }

    @Transactional(readOnly = true)
    List<TokenStore.StoredToken> editorTokens(Caller caller) {
        caller.requireAdmin();
        return store.activeEditors();
    }

    @Transactional
    void revoke(Caller caller, String id) {
        caller.requireAdmin();
        if (!store.revoke(id)) {
            throw ApiProblem.notFound("No active editor token '" + id + "'.");
        }
    }

    /** Issues a token for a territory without going through HTTP, for tests and the command line. */
    @Transactional
    public String issueForTerritory(String territory, String label) {
        return issueEditorToken(Caller.admin("system"), territory, label).secret();
    }

    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "psl_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
