package org.passerelle.support;

import static org.springframework.restdocs.operation.preprocess.Preprocessors.modifyHeaders;
import static org.springframework.restdocs.operation.preprocess.Preprocessors.prettyPrint;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.restdocs.test.autoconfigure.AutoConfigureRestDocs;
import org.springframework.boot.restdocs.test.autoconfigure.RestDocsMockMvcConfigurationCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * REST Docs tests: the whole application with snippets written to target/generated-snippets, from
 * which the Asciidoctor plugin renders api-docs/ into /docs/index.html. Examples show our public
 * host and hide tokens.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PasserelleTest
@AutoConfigureRestDocs(uriScheme = "https", uriHost = "passerelle.example.org", uriPort = 443)
@Import(ApiDocs.Config.class)
public @interface ApiDocs {

    /** Request and response examples pretty-printed; tokens replaced by a placeholder. */
    @TestConfiguration(proxyBeanMethods = false)
    class Config {
        @Bean
        RestDocsMockMvcConfigurationCustomizer prettyExamples() {
            return configurer -> configurer.operationPreprocessors()
                    .withRequestDefaults(prettyPrint(), modifyHeaders().set("Authorization", "Bearer <token>"))
                    .withResponseDefaults(prettyPrint(), modifyHeaders().remove("Vary").remove("X-XSS-Protection")
                            .remove("Strict-Transport-Security").remove("Pragma").remove("Expires"));
        }
    }
}
