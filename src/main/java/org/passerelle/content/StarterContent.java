package org.passerelle.content;

import java.nio.file.Files;

import org.passerelle.territory.TerritoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On first start (no territory in the store), the service loads the starter catalogue. */
@Component
@Profile("!command")
class StarterContent {

    private static final Logger log = LoggerFactory.getLogger(StarterContent.class);

    private final ContentProperties properties;
    private final TerritoryService territories;
    private final ContentImporter importer;

    StarterContent(ContentProperties properties, TerritoryService territories, ContentImporter importer) {
        this.properties = properties;
        this.territories = territories;
        this.importer = importer;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void importIfEmpty() throws Exception {
        if (!properties.importOnEmptyStore() || !territories.all().isEmpty()) {
            return;
        }
        if (!Files.isDirectory(properties.starterDir())) {
            log.warn("The store is empty and there is no starter content at {}", properties.starterDir().toAbsolutePath());
            return;
        }
        ContentImporter.Report report = importer.importBundle(properties.starterDir(), ContentImporter.Progress.NONE);
        log.info("Imported the starter catalogue from {}: {}", properties.starterDir(), report);
    }
}
