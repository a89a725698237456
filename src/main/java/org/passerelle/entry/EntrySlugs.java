package org.passerelle.entry;

import java.util.List;

import org.passerelle.shared.ApiProblem;
import org.passerelle.shared.Lang;
import org.passerelle.shared.Slugs;
import org.springframework.stereotype.Component;

/**
 * Slugs are unique within a territory. A draft sent without one gets one from its title, numbered when
 * taken, so that an editor never has to invent one; a slug the editor chose and that is taken is a conflict.
 */
@Component
class EntrySlugs {

    private final EntryStore store;

    EntrySlugs(EntryStore store) {
        this.store = store;
    }

    String forNewEntry(String territory, EntryContent content, String id) {
        String slug = content.slug();
        if (slug == null) {
            return free(territory, derived(content, id), id);
        }
        if (store.slugTaken(territory, slug, null)) {
            throw conflict(territory, slug);
        }
        return slug;
    }

    /** A replacement without a slug keeps the current one. */
    String forReplacement(Entry current, EntryContent content) {
        String slug = content.slug() == null ? current.content().slug() : content.slug();
        if (store.slugTaken(current.territory(), slug, current.id())) {
            throw conflict(current.territory(), slug);
        }
        return slug;
    }

    /** Also for the unique index firing when two writers claimed the same free slug at once. */
    static ApiProblem conflict(String territory, String slug) {
        return ApiProblem.conflict("Territory '" + territory + "' has an entry with slug '" + slug + "' already.");
    }

    private static String derived(EntryContent content, String id) {
        for (Lang lang : List.of(Lang.fr, Lang.en, Lang.ja)) {
            String slug = Slugs.of(content.title().get(lang.name()));
            if (slug.length() >= 2) {
                return slug;
            }
        }
        return "entry-" + id;
    }

    private String free(String territory, String base, String id) {
        String slug = base;
        for (int n = 2; store.slugTaken(territory, slug, id); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
