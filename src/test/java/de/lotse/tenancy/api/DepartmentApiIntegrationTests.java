package de.lotse.tenancy.api;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import de.lotse.LotseIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@LotseIntegrationTest
class DepartmentApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void listsTheMunicipalitysDepartmentsPageByPage() throws Exception {
        mvc.perform(get("/api/v1/departments").param("size", "200").with(as("rat@musterstadt.example")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].name", hasItem("Hauptamt")))
                .andExpect(jsonPath("$.items[*].name", not(hasItem(startsWith("Fachbereich 1")))))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(200));
        mvc.perform(get("/api/v1/departments").param("size", "2").with(as("rat@musterstadt.example")))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.totalPages").value(org.hamcrest.Matchers.greaterThan(1)));
    }

    @Test
    void createsReadsChangesAndDeletesADepartment() throws Exception {
        MvcResult created = mvc.perform(
                        write(post("/api/v1/departments"))
                                .content(
                                        """
                                {"name": "Amt für Digitalisierung", "shortName": "17", "level": "OFFICE",
                                 "head": "Dana Albers", "contactEmail": "digital@musterstadt.example"}
                                """))
                .andExpect(status().isCreated())
                .andExpect(header().string(
                                "Location",
                                org.hamcrest.Matchers.matchesPattern(".*/api/v1/departments/[0-9a-f-]{36}")))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.name").value("Amt für Digitalisierung"))
                .andExpect(jsonPath("$.active").value(true))
                .andReturn();
        String location = created.getResponse().getHeader("Location");
        String path = location.substring(location.indexOf("/api/"));

        mvc.perform(get(path).with(as("lotse@musterstadt.example")))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.shortName").value("17"));

        mvc.perform(
                        write(put(path))
                                .header("If-Match", "\"0\"")
                                .content(
                                        """
                        {"name": "Amt für Digitalisierung und IT", "shortName": "17", "level": "OFFICE"}
                        """))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.name").value("Amt für Digitalisierung und IT"))
                .andExpect(jsonPath("$.head").doesNotExist());

        mvc.perform(write(delete(path)).header("If-Match", "\"1\"")).andExpect(status().isNoContent());
        mvc.perform(get(path).with(as("cdo@musterstadt.example"))).andExpect(status().isNotFound());
    }

    @Test
    void aStaleIfMatchAnswers409WithTheCurrentState() throws Exception {
        String path = createOffice("Konfliktamt");
        mvc.perform(
                        write(put(path))
                                .header("If-Match", "\"0\"")
                                .content(
                                        """
                        {"name": "Konfliktamt, erste Änderung", "level": "OFFICE"}
                        """))
                .andExpect(status().isOk());

        mvc.perform(
                        write(put(path))
                                .header("If-Match", "\"0\"")
                                .content(
                                        """
                        {"name": "Konfliktamt, zweite Änderung", "level": "OFFICE"}
                        """))
                .andExpect(status().isConflict())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.currentVersion").value(1))
                .andExpect(jsonPath("$.current.name").value("Konfliktamt, erste Änderung"));
        mvc.perform(get(path).with(as("cdo@musterstadt.example")))
                .andExpect(jsonPath("$.name").value("Konfliktamt, erste Änderung"));
    }

    @Test
    void aChangeWithoutIfMatchIsRefused() throws Exception {
        String path = createOffice("Ohne-Etag-Amt");
        mvc.perform(
                        write(put(path))
                                .content(
                                        """
                        {"name": "Ohne ETag", "level": "OFFICE"}
                        """))
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.status").value(428));
    }

    @Test
    void anInvalidBodyAnswers400NamingTheFields() throws Exception {
        mvc.perform(
                        write(post("/api/v1/departments"))
                                .content(
                                        """
                        {"name": "  ", "level": "OFFICE", "contactEmail": "keine-adresse"}
                        """))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("name")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("contactEmail")));
        mvc.perform(write(post("/api/v1/departments"))
                        .content("""
                        {"name": "Ohne Ebene"}
                        """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("level")));
        mvc.perform(write(post("/api/v1/departments")).content("{ kein json"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400));
    }

    @Test
    void aDepartmentCannotMoveBelowItsOwnSubUnit() throws Exception {
        String parentPath = createOffice("Elternamt");
        String parentId = parentPath.substring(parentPath.lastIndexOf('/') + 1);
        MvcResult child = mvc.perform(write(post("/api/v1/departments"))
                        .content("{\"name\": \"Kindabteilung\", \"level\": \"UNIT\", \"parentId\": \"" + parentId
                                + "\"}"))
                .andExpect(status().isCreated())
                .andReturn();
        String childId = JsonPath.read(child.getResponse().getContentAsString(), "$.id");

        mvc.perform(write(put(parentPath))
                        .header("If-Match", "\"0\"")
                        .content("{\"name\": \"Elternamt\", \"level\": \"OFFICE\", \"parentId\": \"" + childId + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("parent"));

        mvc.perform(write(delete(parentPath)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Untereinheiten")));
    }

    @Test
    void onlyAdministratorsChangeTheOrganisation() throws Exception {
        for (String email :
                new String[] {"redaktion@musterstadt.example", "lotse@musterstadt.example", "rat@musterstadt.example"
                }) {
            mvc.perform(post("/api/v1/departments")
                            .with(csrf())
                            .with(as(email))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"name\": \"Unerlaubt\", \"level\": \"OFFICE\"}"))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.status").value(403));
        }
    }

    @Test
    void anUnknownIdAnswers404() throws Exception {
        mvc.perform(get("/api/v1/departments/" + UUID.randomUUID()).with(as("cdo@musterstadt.example")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(get("/api/v1/departments/kein-uuid").with(as("cdo@musterstadt.example")))
                .andExpect(status().isNotFound());
    }

    private String createOffice(String name) throws Exception {
        MvcResult result = mvc.perform(write(post("/api/v1/departments"))
                        .content("{\"name\": \"" + name + " " + UUID.randomUUID() + "\", \"level\": \"OFFICE\"}"))
                .andExpect(status().isCreated())
                .andReturn();
        String location = result.getResponse().getHeader("Location");
        return location.substring(location.indexOf("/api/"));
    }

    private MockHttpServletRequestBuilder write(MockHttpServletRequestBuilder request) {
        return request.with(csrf()).with(as("cdo@musterstadt.example")).contentType(MediaType.APPLICATION_JSON);
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String email) {
        UserDetails person = users.loadUserByUsername(email);
        return user(person);
    }
}
