package org.passerelle.territory;

import java.util.List;
import java.util.Optional;

import org.passerelle.shared.ApiProblem;
import org.passerelle.shared.Caller;
import org.passerelle.shared.FieldError;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Territories and their partnerships; only the admin changes them. */
@Service
public class TerritoryService {

    private final TerritoryStore store;
    private final ApplicationEventPublisher events;

    TerritoryService(TerritoryStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Optional<Territory> find(String slug) {
        return store.find(slug);
    }

    @Transactional(readOnly = true)
    public boolean exists(String slug) {
        return slug != null && store.exists(slug);
    }

    @Transactional(readOnly = true)
    public List<Territory> all() {
        return store.all();
    }

    @Transactional
    public Territory create(Caller caller, Territory territory) {
        caller.requireAdmin();
        if (store.exists(territory.slug())) {
            throw ApiProblem.conflict("A territory with slug '" + territory.slug() + "' exists already.");
        }
        try {
            store.insert(territory);
        } catch (DuplicateKeyException e) {
            throw ApiProblem.conflict("A territory with slug '" + territory.slug() + "' exists already.");
        }
        events.publishEvent(new TerritoryUpdated(territory.slug()));
        return store.find(territory.slug()).orElseThrow();
    }

    @Transactional
    public Territory replace(Caller caller, Territory territory) {
        caller.requireAdmin();
        if (!store.update(territory)) {
            throw ApiProblem.notFound("No territory '" + territory.slug() + "'.");
        }
        events.publishEvent(new TerritoryUpdated(territory.slug()));
        return store.find(territory.slug()).orElseThrow();
    }

    /** Replaces the partnerships that involve this territory, in both directions. */
    @Transactional
    public Territory replacePartners(Caller caller, String slug, List<Territory.Partner> partners) {
        caller.requireAdmin();
        if (!store.exists(slug)) {
            throw ApiProblem.notFound("No territory '" + slug + "'.");
        }
        for (int i = 0; i < partners.size(); i++) {
            if (!store.exists(partners.get(i).territory())) {
                throw ApiProblem.invalid(List.of(new FieldError("[" + i + "].territory",
                        "no territory '" + partners.get(i).territory() + "'")));
            }
        }
        store.replacePartners(slug, partners);
        events.publishEvent(new TerritoryUpdated(slug));
        return store.find(slug).orElseThrow();
    }
}
