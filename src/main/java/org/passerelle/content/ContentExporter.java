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

/** Writes the whole catalogue as a content bundle that {@link ContentImporter} reads back unchanged. */
@Service
public class ContentExporter {

    public record Report(int territories, int entries) {
    }

    private final TerritoryService territories;
    private final EntryService entries;
    private final JsonMapper json;

    ContentExporter(TerritoryService territories, EntryService entries, JsonMapper json) {
        this.territories = territories;
        this.entries = entries;
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
        for (Entry entry : allEntries) {
            ObjectNode node = json.createObjectNode();
            node.put("id", entry.id());
            node.setAll((ObjectNode) json.valueToTree(entry.content()));
            node.put("status", entry.status().code());
            Path folder = root.resolve("entries").resolve(entry.territory());
            Files.createDirectories(folder);
            write(folder.resolve(entry.content().slug() + ".yaml"), node);
            progress.step();
        }
        return new Report(allTerritories.size(), allEntries.size());
    }

    private static void write(Path file, ObjectNode node) throws IOException {
        Files.writeString(file, BundleFiles.YAML.writeValueAsString(node));
    }
}
