package org.passerelle.security;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The service (not the import/export commands) makes sure an admin token exists once it is up. */
@Component
@Profile("!command")
class AdminTokenBootstrap {

    private final TokenService tokens;

    AdminTokenBootstrap(TokenService tokens) {
        this.tokens = tokens;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        tokens.ensureAdminToken();
    }
}
