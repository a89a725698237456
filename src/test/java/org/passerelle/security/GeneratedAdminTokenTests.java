package org.passerelle.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.passerelle.support.PasserelleTest;
import org.passerelle.support.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** Without PASSERELLE_ADMIN_TOKEN, the first start generates an admin token, prints it once, keeps its hash. */
@PasserelleTest
@TestPropertySource(properties = {"passerelle.admin-token=", "logging.level.org.passerelle.security=warn"})
@ExtendWith(OutputCaptureExtension.class)
class GeneratedAdminTokenTests {

    @Autowired
    TokenService tokens;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestApi api;

    @Test
    void theGeneratedTokenIsPrintedOnceWorksAndOnlyItsHashIsKept(CapturedOutput output) {
        // the capture starts before this class's context, so the start-up log is in it
        Matcher printed = Pattern.compile("psl_[A-Za-z0-9_-]{43}").matcher(output.getAll());
        assertThat(printed.find()).isTrue();
        String secret = printed.group();
        assertThat(printed.find()).isFalse();

        String stored = jdbc.sql("SELECT secret_hash FROM api_token WHERE role = 'ADMIN' AND revoked_at IS NULL")
                .query(String.class).single();
        assertThat(stored).isEqualTo(TokenService.hash(secret)).doesNotContain(secret);
        assertThat(api.send("GET", "/api/v1/admin/tokens", secret, null)).hasStatus(200);
        assertThat(api.send("GET", "/api/v1/admin/tokens", TestApi.ADMIN, null)).hasStatus(401);

        // a later start finds the stored admin: nothing generated, nothing printed
        tokens.ensureAdminToken();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_token WHERE role = 'ADMIN'").query(Long.class).single())
                .isEqualTo(1);
        Matcher again = Pattern.compile("psl_[A-Za-z0-9_-]{43}").matcher(output.getAll());
        assertThat(again.results().count()).isEqualTo(1);
    }
}
