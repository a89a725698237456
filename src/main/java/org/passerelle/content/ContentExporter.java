package org.passerelle.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.passerelle.entry.Entry;
import org.passerelle.entry.EntryService;
import org.passerelle.territory.Territory;
import org.passerelle.territory.TerritoryService;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the whole catalogue as a content bundle that {@link ContentImporter} reads back unchanged:
 * entries with their ids, status, dates, and media (original files beside the entry file, with their ids).
 */
@Service
public class ContentExporter {

    public record Report(int territories, int entries, int media) {
    }

    private final TerritoryService territories;
    private final EntryService entries;
    private final BundleMedia media;
    private final JsonMapper json;

    ContentExporter(TerritoryService territories, EntryService entries, BundleMedia media, JsonMapper json) {
        this.territories = territories;
        this.entries = entries;
        this.media = media;
        this.json = json;
    }

    public Report export(Path root, ContentImporter.Progress progress) throws IOException {
        List<Territory> allTerritories = territories.all();
        List<Entry> allEntries = entries.all(null);
        progress.start(allTerritories.size() + (long) allEntries.size());
        Files.createDirectories(root.resolve("territories"));
        for (Territory territory : allTerritories) {
            // each partnership is written once, on the side whose slug sorts first
            List<Territory.Partner> declared = territory.partners().stream()
                    .filter(p -> territory.slug().compareTo(p.territory()) < 0).toList();
            ObjectNode node = json.valueToTree(territory.withPartners(declared.isEmpty() ? null : declared));
            write(root.resolve("territories").resolve(territory.slug() + ".yaml"), node);
            progress.step();
        }
        int mediaFiles = 0;
        for (Entry entry : allEntries) {
            ObjectNode node = json.createObjectNode();
            node.put("id", entry.id());
            node.setAll((ObjectNode) json.valueToTree(entry.content()));
            node.put("status", entry.status().code());
            node.put("createdAt", entry.createdAt().toString());
            node.put("updatedAt", entry.updatedAt().toString());
            if (entry.publishedAt() != null) {
                node.put("publishedAt", entry.publishedAt().toString());
            }
            Path folder = root.resolve("entries").resolve(entry.territory());
            Files.createDirectories(folder);
            Path file = folder.resolve(entry.content().slug() + ".yaml");
            mediaFiles += media.write(file, entry.id(), node);
            write(file, node);
            progress.step();
        }
        return new Report(allTerritories.size(), allEntries.size(), mediaFiles);
    }

    private static void write(Path file, ObjectNode node) throws IOException {
        Files.writeString(file, BundleFiles.YAML.writeValueAsString(node));
    }
}
