package org.passerelle.search;

import org.junit.jupiter.api.extension.ExtendWith;
import org.passerelle.search.elasticsearch.ElasticsearchTestProperties;
import org.passerelle.search.elasticsearch.NodeLogs;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The search contract, unchanged, on a real Elasticsearch node (with this project's analysis plugin). */
@ExtendWith(NodeLogs.class)
class ElasticsearchSearchContractTests extends SearchContractTests {

    @DynamicPropertySource
    static void elasticsearch(DynamicPropertyRegistry registry) {
        ElasticsearchTestProperties.register(registry);
    }
}
