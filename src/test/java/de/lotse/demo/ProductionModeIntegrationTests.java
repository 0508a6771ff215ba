package de.lotse.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.LotseIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Without demo mode there is no demo municipality and the login page gives no hint. */
@LotseIntegrationTest
@TestPropertySource(properties = "lotse.demo=false")
class ProductionModeIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void createsNoDemoDataAndGivesNoHint() throws Exception {
        assertThat(context.getBeanNamesForType(DemoMunicipality.class)).isEmpty();
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Demo-Betrieb"))))
                .andExpect(content().string(not(containsString("musterstadt.example</code>"))));
    }
}
