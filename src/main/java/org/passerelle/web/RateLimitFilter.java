package org.passerelle.web;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Limits each client IP address to a token bucket (Bucket4j: lock-free, exact refill arithmetic,
 * and it tells how long until the next token, which is our {@code Retry-After}). Buckets live in a
 * size-bounded Caffeine cache that forgets idle clients. The address is the connection's: behind a
 * reverse proxy, set {@code server.forward-headers-strategy=native} so that only the trusted proxy's
 * {@code X-Forwarded-For} is believed; a client-supplied header is never read here.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitFilter {

    @Bean
    FilterRegistrationBean<Limiter> rateLimiter(RateLimitProperties properties, JsonMapper json) {
        FilterRegistrationBean<Limiter> registration = new FilterRegistrationBean<>(new Limiter(properties, json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        registration.setEnabled(properties.enabled());
        return registration;
    }

    static final class Limiter extends OncePerRequestFilter {

        private final RateLimitProperties properties;
        private final JsonMapper json;
        private final Cache<String, Bucket> buckets;

        Limiter(RateLimitProperties properties, JsonMapper json) {
            this.properties = properties;
            this.json = json;
            this.buckets = Caffeine.newBuilder().maximumSize(properties.maxClients())
                    .expireAfterAccess(properties.period().multipliedBy(2)).build();
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            String path = request.getRequestURI();
            return path.startsWith("/actuator/health");
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Bucket bucket = buckets.get(request.getRemoteAddr(), address -> newBucket());
            ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
            if (probe.isConsumed()) {
                chain.doFilter(request, response);
                return;
            }
            long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds()
                    + (probe.getNanosToWaitForRefill() % 1_000_000_000L == 0 ? 0 : 1));
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                    "This client made more than " + properties.requests() + " requests in " + properties.period()
                            + "; retry in " + seconds + " s.");
            problem.setType(java.net.URI.create("/problems/rate-limited"));
            problem.setTitle("Too many requests");
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
        }

        private Bucket newBucket() {
            return Bucket.builder().addLimit(Bandwidth.builder().capacity(properties.requests())
                    .refillGreedy(properties.requests(), properties.period()).build()).build();
        }
    }
}
