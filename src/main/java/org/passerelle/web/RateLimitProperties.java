package org.passerelle.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Per-client request budget (a token bucket per client IP address).
 *
 * @param enabled    whether requests are limited at all
 * @param requests   requests a client may make per {@code period}; bursts up to this many are allowed
 * @param period     over which {@code requests} refill, greedily (a 60/min budget refills one per second)
 * @param maxClients most clients tracked at once; the least recently seen are forgotten beyond it,
 *                   so a flood of addresses cannot exhaust memory
 */
@ConfigurationProperties("passerelle.rate-limit")
record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("600") long requests,
        @DefaultValue("1m") Duration period,
        @DefaultValue("100000") long maxClients) {
}
