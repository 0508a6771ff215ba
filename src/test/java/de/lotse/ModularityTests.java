package de.lotse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(LotseApplication.class);

    @Test
    void modulesOnlyUseEachOthersApi() {
        modules.verify();
    }

    @Test
    void platformIsSharedByAllModules() {
        assertThat(modules.getSharedModules())
                .extracting(ApplicationModule::getIdentifier)
                .extracting(Object::toString)
                .containsExactly("platform");
    }
}
