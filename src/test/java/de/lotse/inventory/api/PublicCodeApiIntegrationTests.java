package de.lotse.inventory.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.LotseIntegrationTest;
import de.lotse.identity.ApiTokens;
import de.lotse.identity.CurrentUser;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@LotseIntegrationTest
class PublicCodeApiIntegrationTests {

    private static final String VALIDATE = "/api/v1/publiccode/validate";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApiTokens tokens;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    private String token;

    @BeforeEach
    void token() {
        token = tokens.create((CurrentUser) users.loadUserByUsername("rat@musterstadt.example"), "publiccode", null)
                .secret();
    }

    @Test
    void theStandardsExampleIsValid() throws Exception {
        mvc.perform(validate(resource("examples/standard-extended.yml"), "application/yaml"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.errors", empty()))
                .andExpect(jsonPath("$.warnings[0].key").value("IT"))
                .andExpect(jsonPath("$.warnings[0].line").value(114))
                .andExpect(jsonPath("$.warnings[0].column").value(1));
    }

    @Test
    void problemsNameKeyLineAndColumnWithAGermanMessage() throws Exception {
        mvc.perform(validate(resource("invalid/contact_name_missing.yml"), "application/yaml"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].key").value("maintenance.contacts[0].name"))
                .andExpect(jsonPath("$.errors[0].message").value("Diese Angabe fehlt, sie ist Pflicht."))
                .andExpect(jsonPath("$.errors[0].line").value(20))
                .andExpect(jsonPath("$.errors[0].column").value(7))
                .andExpect(jsonPath("$.warnings", empty()));
    }

    @Test
    void messagesFollowTheRequestsLanguage() throws Exception {
        mvc.perform(validate(resource("invalid/license_unknown.yml"), "text/yaml")
                        .header("Accept-Language", "en-GB,en;q=0.8"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.errors[0].key").value("legal.license"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("\"Medusa-Licence-1.0\" is not a licence identifier of the SPDX License List."));
        mvc.perform(validate(resource("invalid/license_unknown.yml"), "text/yaml")
                        .header("Accept-Language", "fr"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("„Medusa-Licence-1.0“ ist keine Lizenzkennung der SPDX-Lizenzliste."));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "application/yaml",
                "text/yaml",
                "application/x-yaml",
                "text/plain",
                "text/plain;charset=UTF-8",
                "application/octet-stream",
                "application/json"
            })
    void everyKindOfBodyIsChecked(String contentType) throws Exception {
        mvc.perform(validate(resource("examples/standard-minimal.yml"), contentType))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true));
    }

    @Test
    void aRequestWithoutBodyOrContentTypeIsAnsweredToo() throws Exception {
        mvc.perform(post(VALIDATE).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.errors[0].key").value(""))
                .andExpect(jsonPath("$.errors[0].message").value("Die Datei ist leer."))
                .andExpect(jsonPath("$.errors[0].line").value(1));
    }

    @Test
    void brokenAndHostileBodiesAreAnswered() throws Exception {
        byte[] random = new byte[4096];
        new Random(3).nextBytes(random);
        byte[] large = new byte[3 * 1024 * 1024];
        java.util.Arrays.fill(large, (byte) '#');
        for (byte[] body : new byte[][] {
            random,
            large,
            "[".repeat(100_000).getBytes(),
            "- a\n- b\n".getBytes(),
            "a: &a [*a, *a]\nb: *a\n".getBytes(),
            "name:\tMedusa\n\tx: y".getBytes(),
            new byte[] {(byte) 0xff, (byte) 0xfe, 0, 'a'}
        }) {
            mvc.perform(validate(body, "application/yaml"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.valid").value(false))
                    .andExpect(jsonPath("$.errors[0].message").isString());
        }
        mvc.perform(validate(large, "application/yaml"))
                .andExpect(jsonPath("$.errors[0].message").value("Die Datei ist größer als 1048576 Bytes."));
    }

    @Test
    void checkingNeedsAToken() throws Exception {
        mvc.perform(post(VALIDATE)
                        .with(csrf().asHeader())
                        .contentType("application/yaml")
                        .content(resource("examples/standard-minimal.yml")))
                .andExpect(status().isUnauthorized());
        mvc.perform(post(VALIDATE)
                        .header("Authorization", "Bearer not-a-token")
                        .contentType("application/yaml")
                        .content(resource("examples/standard-minimal.yml")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theOpenApiDescriptionListsTheRoute() throws Exception {
        mvc.perform(get("/v3/api-docs").with(user(users.loadUserByUsername("rat@musterstadt.example"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"/api/v1/publiccode/validate\"")))
                .andExpect(content().string(containsString("application/x-yaml")));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "multipart/form-data; boundary=x",
                "multipart/form-data",
                "application/x-www-form-urlencoded",
                "application/yaml; charset=ISO-8859-1",
                "text/yaml; charset=nonsense",
                "no content type"
            })
    void theServletContainerPassesEveryBodyToTheCheck(String contentType) throws Exception {
        byte[] large = new byte[3 * 1024 * 1024];
        java.util.Arrays.fill(large, (byte) 'x');
        for (byte[] body :
                new byte[][] {resource("examples/standard-minimal.yml"), "--x\r\n\r\nbroken".getBytes(), large}) {
            java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://localhost:" + port + VALIDATE))
                    .header("Authorization", "Bearer " + token)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body));
            if (!contentType.equals("no content type")) {
                request.header("Content-Type", contentType);
            }
            java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
                    .send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());

            org.assertj.core.api.Assertions.assertThat(response.statusCode())
                    .as("%s, %d bytes", contentType, body.length)
                    .isEqualTo(200);
            org.assertj.core.api.Assertions.assertThat(response.body()).contains("\"valid\":");
        }
    }

    private MockHttpServletRequestBuilder validate(byte[] body, String contentType) {
        return post(VALIDATE)
                .header("Authorization", "Bearer " + token)
                .contentType(contentType)
                .content(body);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PublicCodeApiIntegrationTests.class.getResourceAsStream("/publiccode/" + name)) {
            return in.readAllBytes();
        }
    }
}
