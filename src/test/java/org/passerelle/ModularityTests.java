package org.passerelle;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The features only use each other's published API, and there are no cycles between them. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(PasserelleApplication.class);

    @Test
    void featuresRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES).writeDocumentation();
    }
}
