package de.lotse.inventory.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.LotseIntegrationTest;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The page that checks a pasted or uploaded publiccode.yml, for everyone in the municipality. */
@LotseIntegrationTest
class PublicCodeCheckIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void anUploadedExampleOfTheStandardComplies() throws Exception {
        byte[] example;
        try (InputStream in = getClass().getResourceAsStream("/publiccode/examples/standard-minimal.yml")) {
            example = in.readAllBytes();
        }
        mvc.perform(get("/applications/publiccode").with(reader())).andExpect(status().isOk());
        mvc.perform(multipart("/applications/publiccode")
                        .file(new MockMultipartFile("file", "publiccode.yml", "application/yaml", example))
                        .with(reader())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Die Datei entspricht dem Standard")));
    }

    @Test
    void aPastedBrokenFileListsEachProblemWithKeyAndLine() throws Exception {
        mvc.perform(multipart("/applications/publiccode")
                        .param(
                                "text",
                                """
                                publiccodeYmlVersion: "0.4"
                                name: Probe
                                url: "nicht eine Adresse"
                                """)
                        .with(reader())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Die Datei entspricht nicht dem Standard"),
                                containsString("<code>url</code>"),
                                containsString("<code>legal.license</code>"))));
    }

    private RequestPostProcessor reader() {
        return user(users.loadUserByUsername("rat@musterstadt.example"));
    }
}
