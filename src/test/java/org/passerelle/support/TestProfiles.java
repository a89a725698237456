package org.passerelle.support;

import org.springframework.test.context.ActiveProfilesResolver;

/** "test", plus "pgtest" when the build runs the store tests on PostgreSQL ({@code -Dpasserelle.test.db=postgres}). */
public class TestProfiles implements ActiveProfilesResolver {

    public static boolean onPostgres() {
        return "postgres".equals(System.getProperty("passerelle.test.db"));
    }

    @Override
    public String[] resolve(Class<?> testClass) {
        return onPostgres() ? new String[] {"test", "pgtest"} : new String[] {"test"};
    }
}
