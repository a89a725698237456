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
import java.util.stream.Collectors;

import org.passerelle.content.BundleFiles.BundleException;
import org.passerelle.shared.ApiProblem;
import org.passerelle.shared.Caller;
import org.passerelle.shared.TextLimits;
import org.passerelle.territory.Territory;
import org.passerelle.territory.TerritoryForm;
import org.passerelle.territory.TerritoryService;
import org.springframework.stereotype.Service;

import tools.jackson.databind.JsonNode;

/**
 * Loads a content bundle idempotently: territories and entries are matched by slug, updated in place
 * when they differ and left alone when they do not, so re-importing never duplicates nor adds
 * needless revisions. The whole bundle, media files included, is validated before anything is written.
 */
@Service
public class ContentImporter {

    static final Caller IMPORTER = Caller.admin("import");

    /**
     * What an import did: territories and entries by outcome, the media it attached, updated and
     * removed, and warnings about what it did otherwise than the bundle says (one line each, naming the
     * file) that did not stop it.
     */
    public record Report(int created, int updated, int unchanged, MediaCount media, List<String> warnings) {
        Report plus(Outcome outcome) {
            return switch (outcome) {
                case CREATED -> new Report(created + 1, updated, unchanged, media, warnings);
                case UPDATED -> new Report(created, updated + 1, unchanged, media, warnings);
                case UNCHANGED -> new Report(created, updated, unchanged + 1, media, warnings);
            };
        }

        Report plus(MediaSync.Changes changes) {
            List<String> all = new ArrayList<>(warnings);
            all.addAll(changes.warnings());
            return new Report(created, updated, unchanged, new MediaCount(media.attached() + changes.attached(),
                    media.updated() + changes.updated(), media.removed() + changes.removed()), List.copyOf(all));
        }

        /** The summary line, then one line per warning: what the command line prints and start-up logs. */
        @Override
        public String toString() {
            return created + " created, " + updated + " updated, " + unchanged + " unchanged; media: "
                    + media.attached() + " attached, " + media.updated() + " updated, " + media.removed() + " removed"
                    + warnings.stream().map(w -> "\n  warning: " + w).collect(Collectors.joining());
        }
    }

    public record MediaCount(int attached, int updated, int removed) {
    }

    enum Outcome { CREATED, UPDATED, UNCHANGED }

    private final TerritoryService territories;
    private final EntryImport entries;
    private final TextLimits limits;

    ContentImporter(TerritoryService territories, EntryImport entries, TextLimits limits) {
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
                BundleFiles.requireNamedAfter(file, territory.slug());
                JsonNode partners = body.get("partners");
                parsedTerritories.put(territory, partners == null || partners.isNull() ? List.of()
                        : TerritoryForm.readPartners(partners, territory.slug()));
            });
        }
        List<EntryImport.Parsed> parsedEntries = new ArrayList<>();
        for (Path file : BundleFiles.entryFiles(root)) {
            validate(file, errors, () -> parsedEntries.add(entries.parse(file)));
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("The bundle has " + errors.size()
                    + " problem(s); nothing was imported:\n  " + String.join("\n  ", errors));
        }

        progress.start(parsedTerritories.size() * 2L + parsedEntries.size());
        Report report = new Report(0, 0, 0, new MediaCount(0, 0, 0), List.of());
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
        for (EntryImport.Parsed entry : parsedEntries) {
            EntryImport.Applied applied = entries.apply(entry);
            report = report.plus(applied.outcome()).plus(applied.media());
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
        } catch (BundleException e) {
            errors.addAll(e.problems());
        } catch (IllegalArgumentException e) {
            errors.add(e.getMessage());
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
