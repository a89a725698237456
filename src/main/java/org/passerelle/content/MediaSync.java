package org.passerelle.content;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.passerelle.content.BundleFiles.BundleException;
import org.passerelle.media.EntryMedia;
import org.passerelle.media.EntryMedia.Attached;
import org.passerelle.media.EntryMedia.Details;
import org.passerelle.shared.ApiProblem;
import org.passerelle.shared.Caller;
import org.springframework.stereotype.Component;

/**
 * Makes an entry's media what its bundle file lists, touching only what differs. Media are matched
 * by the SHA-256 of their original file, so an unchanged file is never uploaded again and keeps its
 * id; a listed file without a match is attached through the upload path; details that differ are
 * rewritten in place; media the file no longer lists are removed (the bundle is the whole truth about
 * an entry, as for its other fields); and the order follows the list.
 */
@Component
class MediaSync {

    record Changes(int attached, int updated, int removed, boolean reordered) {
        static final Changes NONE = new Changes(0, 0, 0, false);

        boolean any() {
            return attached + updated + removed > 0 || reordered;
        }
    }

    private final EntryMedia media;

    MediaSync(EntryMedia media) {
        this.media = media;
    }

    Changes apply(Caller caller, String entryId, List<BundleMedia.Item> wanted) {
        List<Attached> unmatched = new ArrayList<>(media.of(entryId));
        Attached[] matched = new Attached[wanted.size()];
        for (int i = 0; i < wanted.size(); i++) {
            String sha256 = wanted.get(i).sha256();
            Attached same = unmatched.stream().filter(m -> m.sha256().equals(sha256)).findFirst().orElse(null);
            matched[i] = same;
            unmatched.remove(same);
        }
        for (Attached gone : unmatched) {
            media.remove(caller, gone.id());
        }
        int updated = 0;
        int attached = 0;
        for (int i = 0; i < wanted.size(); i++) {
            BundleMedia.Item item = wanted.get(i);
            if (matched[i] == null) {
                matched[i] = attach(caller, entryId, item);
                attached++;
            } else {
                Details target = keepingCredit(item.details(), matched[i].details());
                if (!target.equals(matched[i].details())) {
                    media.describe(caller, matched[i].id(), target);
                    updated++;
                }
            }
        }
        List<String> order = Arrays.stream(matched).map(Attached::id).toList();
        boolean reordered = !order.equals(media.of(entryId).stream().map(Attached::id).toList());
        if (reordered) {
            media.reorder(caller, entryId, order);
        }
        return new Changes(attached, updated, unmatched.size(), reordered);
    }

    private Attached attach(Caller caller, String entryId, BundleMedia.Item item) {
        try {
            return media.attach(caller, entryId, item.file(), item.details());
        } catch (ApiProblem | IOException e) {
            throw BundleException.refused(item.file(), e);
        }
    }

    /** A bundle that gives no credit leaves the one the upload took from the photo's EXIF. */
    private static Details keepingCredit(Details wanted, Details current) {
        return wanted.credit() != null ? wanted
                : new Details(wanted.fileName(), wanted.caption(), current.credit(), wanted.license());
    }
}
