package org.passerelle.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.passerelle.support.PasserelleTest;
import org.passerelle.support.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PasserelleTest
@TestPropertySource(properties = {"passerelle.rate-limit.requests=3", "passerelle.rate-limit.period=1h"})
class RateLimitTests {

    @Autowired
    TestApi api;

    MvcTestResult getFrom(String address, String uri) {
        return api.mvc().get().uri(uri).with(request -> {
            request.setRemoteAddr(address);
            return request;
        }).exchange();
    }

    @Test
    void aClientOverItsBudgetGets429WithRetryAfterWhileOthersGoOn() {
        for (int i = 0; i < 3; i++) {
            assertThat(getFrom("192.0.2.10", "/api/v1/territories")).hasStatus(200);
        }
        MvcTestResult refused = getFrom("192.0.2.10", "/api/v1/territories");
        assertThat(refused).hasStatus(429).hasContentTypeCompatibleWith("application/problem+json");
        assertThat(Long.parseLong(refused.getResponse().getHeader(HttpHeaders.RETRY_AFTER))).isBetween(1L, 3600L);
        assertThat(refused).bodyJson().extractingPath("$.type").isEqualTo("/problems/rate-limited");

        assertThat(getFrom("192.0.2.11", "/api/v1/territories")).hasStatus(200);
    }

    @Test
    void aSpoofedForwardedForHeaderDoesNotBuyANewBudget() {
        for (int i = 0; i < 3; i++) {
            getFrom("192.0.2.20", "/api/v1/territories");
        }
        var spoofed = api.mvc().get().uri("/api/v1/territories").header("X-Forwarded-For", "198.51.100.7")
                .with(request -> {
                    request.setRemoteAddr("192.0.2.20");
                    return request;
                }).exchange();
        assertThat(spoofed).hasStatus(429);
    }
}
