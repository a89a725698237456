package org.passerelle.entry;

import java.util.Optional;

import org.passerelle.shared.ApiProblem;
import org.passerelle.shared.Caller;
import org.springframework.stereotype.Component;

/**
 * Who may see and change an entry, and whether a write's {@code If-Match} still holds. An entry the
 * caller may not see is reported as absent, so that drafts of other territories do not leak their ids.
 */
@Component
class EntryAccess {

    private final EntryStore store;

    EntryAccess(EntryStore store) {
        this.store = store;
    }

    /** Drafts and archived entries only for those who manage them. */
    Entry visible(Caller caller, String id) {
        return visible(caller, store.find(id), id);
    }

    Entry manageable(Caller caller, String id) {
        if (!caller.isAuthenticated()) {
            throw ApiProblem.unauthorized();
        }
        Entry entry = visible(caller, store.find(id), id);
        if (!caller.manages(entry.territory())) {
            throw ApiProblem.forbidden("This token may not change entries of territory '" + entry.territory() + "'.");
        }
        return entry;
    }

    private static Entry visible(Caller caller, Optional<Entry> found, String id) {
        return found.filter(e -> e.isPublished() || caller.manages(e.territory()))
                .orElseThrow(() -> ApiProblem.notFound("No entry '" + id + "'."));
    }

    /** A replacement must name the version it read; a status change may go without. */
    static void checkVersion(Entry current, Long expected, boolean required) {
        if (expected == null) {
            if (required) {
                throw ApiProblem.ifMatchRequired();
            }
            return;
        }
        if (expected != EntryService.ANY_VERSION && expected != current.version()) {
            throw ApiProblem.staleVersion("If-Match names version " + expected + " but the entry is at version "
                    + current.version() + ".");
        }
    }
}
