package de.lotse.platform.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import de.lotse.platform.TableFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Uploads of spreadsheets to an import of the REST API, as a person, with the answers the tests check. */
public final class ImportCalls {

    private final MockMvc mvc;
    private final UserDetailsService users;
    private final String path;
    private final ObjectMapper json = new ObjectMapper();

    public ImportCalls(MockMvc mvc, UserDetailsService users, String path) {
        this.mvc = mvc;
        this.users = users;
        this.path = path;
    }

    public MvcResult upload(byte[] file, String email) throws Exception {
        return mvc.perform(multipart(path)
                        .file(new MockMultipartFile("file", "import.xlsx", TableFile.XLSX, file))
                        .with(user(users.loadUserByUsername(email)))
                        .with(csrf()))
                .andReturn();
    }

    /** The summary of an import that must succeed. */
    public JsonNode imported(byte[] file, String email) throws Exception {
        MvcResult result = upload(file, email);
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(200);
        return json.readTree(result.getResponse().getContentAsByteArray());
    }

    /** The problem detail of an import that must be rejected. */
    public JsonNode rejected(byte[] file, String email) throws Exception {
        MvcResult result = upload(file, email);
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(422);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
        return json.readTree(result.getResponse().getContentAsByteArray());
    }

    /** The problem's errors as (row, column, message). */
    public static List<Tuple> errors(JsonNode problem) {
        List<Tuple> errors = new ArrayList<>();
        problem.get("errors")
                .forEach(error -> errors.add(tuple(
                        error.get("row").isNull() ? null : error.get("row").asInt(),
                        error.get("column").isNull()
                                ? null
                                : error.get("column").asString(),
                        error.get("message").asString())));
        return errors;
    }
}
