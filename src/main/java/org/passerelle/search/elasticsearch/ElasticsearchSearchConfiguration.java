package org.passerelle.search.elasticsearch;

import org.passerelle.search.SearchProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import tools.jackson.databind.json.JsonMapper;

/** The Elasticsearch engine, when {@code passerelle.search.engine=elasticsearch}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "passerelle.search.engine", havingValue = "elasticsearch")
@EnableConfigurationProperties(ElasticsearchProperties.class)
class ElasticsearchSearchConfiguration {

    @Bean(destroyMethod = "close")
    ElasticsearchClient passerelleElasticsearchClient(ElasticsearchProperties properties) {
        return ElasticsearchClients.create(properties);
    }

    @Bean(destroyMethod = "close")
    ElasticsearchSearchEngine elasticsearchSearchEngine(ElasticsearchClient client,
            ElasticsearchProperties properties, SearchProperties search, JsonMapper json) {
        return new ElasticsearchSearchEngine(client, properties, search.facetSize(), search.maxWindow(),
                search.cursorKeepAlive(), json);
    }

    @Bean
    ElasticsearchHealthIndicator elasticsearchHealthIndicator(ElasticsearchClient client,
            ElasticsearchProperties properties) {
        return new ElasticsearchHealthIndicator(client, properties.alias());
    }
}
