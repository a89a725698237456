package org.passerelle.web;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * CORS: any origin may read the public API, media and embeds (GET/HEAD, no credentials, no
 * {@code Authorization} header); the publishing API gets no CORS at all, so a browser on another
 * site can neither send a token nor a write to it. Runs before security and rate limiting, so that
 * their 401/429 answers are readable by the page that caused them.
 */
@Configuration(proxyBeanMethods = false)
class PublicCors {

    static final List<String> PUBLIC_PATHS = List.of("/api/v1/entries", "/api/v1/entries/{id}",
            "/api/v1/entries/{id}/related", "/api/v1/suggest", "/api/v1/territories", "/api/v1/territories/{slug}",
            "/api/v1/territories/{slug}/promotions", "/api/v1/feeds/**", "/media/**", "/embed/**", "/oembed");

    @Bean
    FilterRegistrationBean<CorsFilter> publicCorsFilter() {
        CorsConfiguration open = new CorsConfiguration();
        open.addAllowedOrigin("*");
        open.setAllowedMethods(List.of("GET", "HEAD"));
        open.setAllowedHeaders(List.of("Accept", "Accept-Language", "If-None-Match", "If-Modified-Since", "Range"));
        open.setExposedHeaders(List.of("ETag", "Retry-After", "Content-Language", "Location"));
        open.setAllowCredentials(false);
        open.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        PUBLIC_PATHS.forEach(path -> source.registerCorsConfiguration(path, open));
        FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(new CorsFilter(source));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
