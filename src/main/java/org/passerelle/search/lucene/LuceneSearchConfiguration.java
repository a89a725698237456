package org.passerelle.search.lucene;

import org.passerelle.search.SearchProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.json.JsonMapper;

/** The embedded Lucene engine, unless another one is configured ({@code passerelle.search.engine}). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "passerelle.search.engine", havingValue = "lucene", matchIfMissing = true)
class LuceneSearchConfiguration {

    @Bean(destroyMethod = "close")
    LuceneSearchEngine luceneSearchEngine(SearchProperties properties, JsonMapper json) {
        return new LuceneSearchEngine(properties.indexDir(), properties.refreshInterval(), properties.facetSize(),
                properties.cursorKeepAlive(), properties.searchThreads() > 0 ? properties.searchThreads()
                        : Runtime.getRuntime().availableProcessors(), json);
    }
}
