package org.passerelle.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.passerelle.support.PasserelleTest;
import org.passerelle.support.TestApi;
import org.passerelle.territory.TerritoryService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** A service started on an empty store serves the starter catalogue at once. */
@PasserelleTest
@TestPropertySource(properties = {"passerelle.content.import-on-empty-store=true",
    "passerelle.content.starter-dir=content"})
class StarterContentTests {

    @Autowired
    TerritoryService territories;

    @Autowired
    TestApi api;

    @Test
    void theFirstStartImportsTheStarterCatalogue() {
        assertThat(territories.find("kanazawa")).isPresent();
        assertThat(api.get("/api/v1/territories/nancy?lang=ja")).hasStatus(200).bodyJson()
                .extractingPath("$.name").isEqualTo("ナンシー");
    }
}
