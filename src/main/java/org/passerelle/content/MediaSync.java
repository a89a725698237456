package org.passerelle.content;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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
 * id (whatever id the list gives it); a listed file without a match is attached through the upload
 * path, with the id the list gives it when that id is free (see {@link #attach}); details that differ
 * are rewritten in place; media the file no longer lists are removed (the bundle is the whole truth
 * about an entry, as for its other fields); and the order follows the list.
 */
@Component
class MediaSync {

    /** What changed; {@code warnings} name the files attached under another id than the listed one. */
    record Changes(int attached, int updated, int removed, boolean reordered, List<String> warnings) {

        boolean any() {
            return attached + updated + removed > 0 || reordered;
        }
    }

    private final EntryMedia media;

    MediaSync(EntryMedia media) {
        this.media = media;
    }

    Changes apply(Caller caller, String entryId, List<BundleMedia.Item> wanted) {
        List<Attached> current = media.of(entryId);
        Set<String> heldBefore = current.stream().map(Attached::id).collect(Collectors.toSet());
        List<Attached> unmatched = new ArrayList<>(current);
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
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            BundleMedia.Item item = wanted.get(i);
            if (matched[i] == null) {
                matched[i] = attach(caller, entryId, item, heldBefore, warnings);
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
        return new Changes(attached, updated, unmatched.size(), reordered, List.copyOf(warnings));
    }

    /**
     * Attaches a new file, keeping its listed id when no medium has it. An id that is taken (by another
     * entry's medium, or by a different file of this entry, even one this sync has just removed) is not
     * reused: its URLs already show other bytes, and renditions are served as immutable, so caches
     * would keep showing those. The file is then attached under a new id and a warning says so, rather
     * than failing: the import writes entry by entry, so failing here would leave it half done, and
     * nothing is lost but the old URL. (Refusing in the pre-check would not do either: whether an id
     * is free can change as the import itself removes media.)
     */
    private Attached attach(Caller caller, String entryId, BundleMedia.Item item, Set<String> heldBefore,
            List<String> warnings) {
        boolean heldHere = item.id() != null && heldBefore.contains(item.id());
        Attached attached;
        try {
            attached = media.attach(caller, entryId, item.file(), item.details(), heldHere ? null : item.id());
        } catch (ApiProblem | IOException e) {
            throw BundleException.refused(item.file(), e);
        }
        if (item.id() != null && !item.id().equals(attached.id())) {
            warnings.add(item.file() + " was attached as media " + attached.id() + ": its id " + item.id()
                    + " is already used by another medium, so /media/" + item.id() + "/... URLs do not show it");
        }
        return attached;
    }

    /** A bundle that gives no credit leaves the one the upload took from the photo's EXIF. */
    private static Details keepingCredit(Details wanted, Details current) {
        return wanted.credit() != null ? wanted
                : new Details(wanted.fileName(), wanted.caption(), current.credit(), wanted.license());
    }
}
