package org.passerelle.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.passerelle.content.BundleFiles.BundleException;
import org.passerelle.entry.Codes.Status;
import org.passerelle.entry.Entry;
import org.passerelle.entry.EntryForm;
import org.passerelle.entry.EntryService;
import org.passerelle.shared.ApiProblem;
import org.passerelle.shared.Caller;
import org.passerelle.shared.TextLimits;
import org.passerelle.territory.Territory;
import org.passerelle.territory.TerritoryForm;
import org.passerelle.territory.TerritoryService;
import org.springframework.stereotype.Service;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Loads a content bundle idempotently: territories and entries are matched by slug, updated in place
 * when they differ and left alone when they do not, so re-importing never duplicates nor adds
 * needless revisions. The whole bundle is validated before anything is written.
 */
@Service
public class ContentImporter {

    private static final Caller IMPORTER = Caller.admin("import");

    public record Report(int created, int updated, int unchanged) {
        Report plus(Outcome outcome) {
            return switch (outcome) {
                case CREATED -> new Report(created + 1, updated, unchanged);
                case UPDATED -> new Report(created, updated + 1, unchanged);
                case UNCHANGED -> new Report(created, updated, unchanged + 1);
            };
        }

        @Override
        public String toString() {
            return created + " created, " + updated + " updated, " + unchanged + " unchanged";
        }
    }

    enum Outcome { CREATED, UPDATED, UNCHANGED }

    record ParsedEntry(Path file, String id, EntryForm.Submitted form, Status status) {
    }

    private final TerritoryService territories;
    private final EntryService entries;
    private final TextLimits limits;

    ContentImporter(TerritoryService territories, EntryService entries, TextLimits limits) {
        this.territories = territories;
        this.entries = entries;
        this.limits = limits;
    }

    /** Imports the bundle; {@code progress} is told the total, then called once per item done. */
    public Report importBundle(Path root, Progress progress) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException(root + " is not a folder");
        }
        List<String> errors = new ArrayList<>();
        Map<Territory, List<Territory.Partner>> parsedTerritories = new LinkedHashMap<>();
        for (Path file : BundleFiles.territoryFiles(root)) {
            validate(file, errors, () -> {
                JsonNode body = BundleFiles.read(file);
                Territory territory = TerritoryForm.read(body, limits);
                requireFileName(file, territory.slug());
                JsonNode partners = body.get("partners");
                parsedTerritories.put(territory, partners == null || partners.isNull() ? List.of()
                        : TerritoryForm.readPartners(partners, territory.slug()));
            });
        }
        List<ParsedEntry> parsedEntries = new ArrayList<>();
        for (Path file : BundleFiles.entryFiles(root)) {
            validate(file, errors, () -> parsedEntries.add(parseEntry(file)));
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("The bundle has " + errors.size() + " invalid file(s):\n  "
                    + String.join("\n  ", errors));
        }

        progress.start(parsedTerritories.size() * 2L + parsedEntries.size());
        Report report = new Report(0, 0, 0);
        for (Territory territory : parsedTerritories.keySet()) {
            report = report.plus(upsert(territory));
            progress.step();
        }
        Map<String, List<Territory.Partner>> partners = symmetric(parsedTerritories);
        for (Territory territory : parsedTerritories.keySet()) {
            List<Territory.Partner> wanted = partners.getOrDefault(territory.slug(), List.of());
            List<Territory.Partner> current = territories.find(territory.slug()).orElseThrow().partners();
            if (!new HashSet<>(wanted).equals(new HashSet<>(current))) {
                territories.replacePartners(IMPORTER, territory.slug(), wanted);
            }
            progress.step();
        }
        for (ParsedEntry entry : parsedEntries) {
            report = report.plus(upsert(entry));
            progress.step();
        }
        return report;
    }

    private void validate(Path file, List<String> errors, Runnable parse) {
        try {
            parse.run();
        } catch (ApiProblem problem) {
            problem.errors().forEach(e -> errors.add(file + ": " + e.field() + " " + e.message()));
            if (problem.errors().isEmpty()) {
                errors.add(file + ": " + problem.getMessage());
            }
        } catch (BundleException | IllegalArgumentException e) {
            errors.add(e.getMessage());
        }
    }

    private ParsedEntry parseEntry(Path file) {
        JsonNode body = BundleFiles.read(file);
        if (!(body instanceof ObjectNode object)) {
            throw new BundleException(file, "must hold a YAML mapping");
        }
        String territory = file.getParent().getFileName().toString();
        if (object.has("territory") && !territory.equals(object.get("territory").asString())) {
            throw new BundleException(file, "names territory '" + object.get("territory").asString()
                    + "' but lies in the folder of '" + territory + "'");
        }
        object.put("territory", territory);
        JsonNode statusNode = object.remove("status");
        JsonNode idNode = object.remove("id");
        Status status = statusNode == null ? Status.PUBLISHED : Status.of(statusNode.asString());
        if (status == null) {
            throw new BundleException(file, "has an unknown status: use published, draft or archived");
        }
        EntryForm.Submitted form = EntryForm.read(object, limits);
        if (form.content().slug() == null) {
            object.put("slug", BundleFiles.baseName(file));
            form = EntryForm.read(object, limits);
        }
        requireFileName(file, form.content().slug());
        return new ParsedEntry(file, idNode == null ? null : idNode.asString(), form, status);
    }

    private static void requireFileName(Path file, String slug) {
        if (!BundleFiles.baseName(file).equals(slug)) {
            throw new BundleException(file, "must be named after its slug: " + slug + ".yaml");
        }
    }

    private Outcome upsert(Territory territory) {
        var existing = territories.find(territory.slug());
        if (existing.isEmpty()) {
            territories.create(IMPORTER, territory);
            return Outcome.CREATED;
        }
        if (existing.get().withPartners(null).equals(territory.withPartners(null))) {
            return Outcome.UNCHANGED;
        }
        territories.replace(IMPORTER, territory);
        return Outcome.UPDATED;
    }

    private static Map<String, List<Territory.Partner>> symmetric(Map<Territory, List<Territory.Partner>> declared) {
        Map<String, List<Territory.Partner>> result = new LinkedHashMap<>();
        declared.forEach((territory, partners) -> {
            for (Territory.Partner partner : partners) {
                add(result, territory.slug(), partner);
                add(result, partner.territory(),
                        new Territory.Partner(territory.slug(), partner.relation(), partner.since()));
            }
        });
        return result;
    }

    private static void add(Map<String, List<Territory.Partner>> result, String slug, Territory.Partner partner) {
        List<Territory.Partner> list = result.computeIfAbsent(slug, s -> new ArrayList<>());
        if (list.stream().noneMatch(p -> p.territory().equals(partner.territory()))) {
            list.add(partner);
        }
    }

    private Outcome upsert(ParsedEntry parsed) {
        String territory = parsed.form().territory();
        var existing = entries.findBySlug(territory, parsed.form().content().slug());
        Outcome outcome;
        Entry entry;
        if (existing.isEmpty()) {
            entry = entries.create(IMPORTER, territory, parsed.form().content(), parsed.id());
            outcome = Outcome.CREATED;
        } else if (existing.get().content().equals(parsed.form().content())) {
            entry = existing.get();
            outcome = Outcome.UNCHANGED;
        } else {
            entry = entries.replace(IMPORTER, existing.get().id(), EntryService.ANY_VERSION, territory,
                    parsed.form().content());
            outcome = Outcome.UPDATED;
        }
        if (entry.status() != parsed.status()) {
            if (parsed.status() == Status.PUBLISHED) {
                entries.publish(IMPORTER, entry.id(), null);
            } else if (parsed.status() == Status.ARCHIVED) {
                entries.archive(IMPORTER, entry.id(), null);
            }
            if (parsed.status() != Status.DRAFT && outcome == Outcome.UNCHANGED) {
                outcome = Outcome.UPDATED;
            }
        }
        return outcome;
    }

    /** Progress reporting, so that the command line can show a bar and tests can ignore it. */
    public interface Progress {
        Progress NONE = new Progress() {
            @Override
            public void start(long total) {
            }

            @Override
            public void step() {
            }
        };

        void start(long total);

        void step();

        static Progress of(Consumer<Long> start, Runnable step) {
            return new Progress() {
                @Override
                public void start(long total) {
                    start.accept(total);
                }

                @Override
                public void step() {
                    step.run();
                }
            };
        }
    }
}
