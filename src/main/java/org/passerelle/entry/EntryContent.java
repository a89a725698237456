package org.passerelle.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.passerelle.entry.Codes.ArtForm;
import org.passerelle.entry.Codes.Craft;
import org.passerelle.entry.Codes.Designation;
import org.passerelle.entry.Codes.Kind;
import org.passerelle.shared.GeoPoint;

/** What an editor writes about an entry: everything but the server-managed fields. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record EntryContent(
        String slug,
        Kind kind,
        Map<String, String> title,
        Map<String, String> summary,
        Map<String, String> description,
        GeoPoint location,
        String address,
        Designation designation,
        Integer inscribedYear,
        Craft craft,
        Boolean training,
        LocalDate startDate,
        LocalDate endDate,
        String venue,
        List<ArtForm> artForms,
        List<String> tags,
        String website,
        List<String> sources) {

    EntryContent withSlug(String newSlug) {
        return new EntryContent(newSlug, kind, title, summary, description, location, address, designation,
                inscribedYear, craft, training, startDate, endDate, venue, artForms, tags, website, sources);
    }
}
