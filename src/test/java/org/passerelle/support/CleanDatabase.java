package org.passerelle.support;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** On PostgreSQL, the test schema persists between runs: start each test context from an empty one. */
@TestConfiguration(proxyBeanMethods = false)
public class CleanDatabase {

    private static boolean cleaned;

    @Bean
    FlywayMigrationStrategy cleanOnceThenMigrate() {
        return flyway -> {
            synchronized (CleanDatabase.class) {
                if (TestProfiles.onPostgres() && !cleaned) {
                    flyway.clean();
                    cleaned = true;
                }
            }
            flyway.migrate();
        };
    }
}
