package de.lotse.inventory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.LotseIntegrationTest;
import de.lotse.SqlStatements;
import de.lotse.inventory.Application;
import de.lotse.inventory.ApplicationData;
import de.lotse.inventory.ApplicationFilter;
import de.lotse.inventory.Applications;
import de.lotse.inventory.Lifecycle;
import de.lotse.tenancy.TenantFixture;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@LotseIntegrationTest
class ApplicationPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TenantFixture tenants;

    @Autowired
    Applications applications;

    @Autowired
    de.lotse.inventory.ApplicationLandscape landscape;

    @Autowired
    de.lotse.inventory.ApplicationInterfaces interfaces;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void theListFiltersInTheUrlAndPagesInTheDatabase() throws Exception {
        mvc.perform(get("/applications").with(as("rat@musterstadt.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Einwohnermeldewesen")))
                .andExpect(content().string(containsString("Seite 1 von ")))
                .andExpect(content().string(containsString("rel=\"next\"")));
        mvc.perform(get("/applications?lifecycle=TO_BE_REPLACED&time=ELIMINATE").with(as("rat@musterstadt.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Zeiterfassung")))
                .andExpect(content().string(containsString("Dokumentenmanagement alt")))
                .andExpect(content().string(not(containsString("Einwohnermeldewesen"))));
        mvc.perform(get("/applications?q=kita&personalData=true&hosting=CLOUD").with(as("rat@musterstadt.example")))
                .andExpect(content().string(containsString("Kita-Verwaltung")))
                .andExpect(content().string(containsString("Kita-Elternportal")))
                .andExpect(content().string(containsString("2 Anwendungen gefunden.")));

        // one page of the list, whatever its length: a count and a select
        var musterstadt = tenants.musterstadt();
        var counted = SqlStatements.during(() -> tenants.as(musterstadt, () -> applications
                .page(ApplicationFilter.NONE, PageRequest.of(0, 25))
                .getContent()));
        assertThat(counted.result()).hasSize(25);
        // the statement that binds the connection to the municipality, the count and the page
        assertThat(counted.count()).as(counted.statements().toString()).isLessThanOrEqualTo(3);
    }

    @Test
    void theApplicationPageShowsItsInterfacesBothWaysAndItsHistoryLink() throws Exception {
        UUID registration = id("Einwohnermeldewesen");
        mvc.perform(get("/applications/" + registration).with(as("rat@musterstadt.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Wählerverzeichnis aus dem Melderegister")))
                .andExpect(content().string(containsString("sendet an")))
                .andExpect(content().string(containsString("empfängt von")))
                .andExpect(content().string(containsString("/audit/application/" + registration)))
                .andExpect(content().string(not(containsString("Anwendung löschen"))));
        mvc.perform(get("/audit/application/" + registration).with(as("cdo@musterstadt.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/applications/" + registration)));
    }

    @Test
    void theFormNamesWrongFieldsAndAStaleVersionAnswers409() throws Exception {
        String name = "Formularprobe " + UUID.randomUUID();
        mvc.perform(post("/applications")
                        .with(as("cdo@musterstadt.example"))
                        .with(csrf())
                        .param("name", name)
                        .param("lifecycle", "IN_USE")
                        .param("licence", "nicht gültig"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Geben Sie eine SPDX-Kennung ohne Leerzeichen an")));
        mvc.perform(post("/applications")
                        .with(as("cdo@musterstadt.example"))
                        .with(csrf())
                        .param("name", name)
                        .param("lifecycle", "IN_USE")
                        .param("functionalFit", "3")
                        .param("technicalFit", "4"))
                .andExpect(status().is3xxRedirection());
        Application created = tenants.as(
                tenants.musterstadt(),
                () -> applications.get(applications
                        .page(new ApplicationFilter(name, null, null, null, null, null), PageRequest.of(0, 1))
                        .getContent()
                        .get(0)
                        .id()));
        assertThat(created.time()).isEqualTo(de.lotse.inventory.TimeClass.INVEST);
        String path = "/applications/" + created.id();

        mvc.perform(post(path)
                        .with(as("cdo@musterstadt.example"))
                        .with(csrf())
                        .param("name", name)
                        .param("lifecycle", "IN_USE")
                        .param("successorId", created.id().toString())
                        .param("version", String.valueOf(created.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("nicht ihr eigener Nachfolger")));
        mvc.perform(post(path)
                        .with(as("cdo@musterstadt.example"))
                        .with(csrf())
                        .param("name", name)
                        .param("lifecycle", "RETIRED")
                        .param("version", String.valueOf(created.version())))
                .andExpect(redirectedUrl(path));
        mvc.perform(post(path)
                        .with(as("redaktion@musterstadt.example"))
                        .with(csrf())
                        .param("name", name + " alt")
                        .param("lifecycle", "IN_USE")
                        .param("version", String.valueOf(created.version())))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Zwischenzeitlich geändert")))
                .andExpect(content().string(containsString("abgeschaltet")));
        assertThat(tenants.as(
                        tenants.musterstadt(),
                        () -> applications.get(created.id()).data().lifecycle()))
                .isEqualTo(Lifecycle.RETIRED);
    }

    @Test
    void aSuccessorIsNotDeletedAndTheInterfaceFormRefusesItself() throws Exception {
        Application successor = tenants.as(
                tenants.musterstadt(), () -> applications.create(ApplicationData.named("Neu " + UUID.randomUUID())));
        Application old = tenants.as(
                tenants.musterstadt(),
                () -> applications.create(
                        ApplicationData.named("Alt " + UUID.randomUUID()).withSuccessor(successor.id())));
        mvc.perform(post("/applications/" + successor.id() + "/delete")
                        .with(as("cdo@musterstadt.example"))
                        .with(csrf())
                        .param("version", String.valueOf(successor.version())))
                .andExpect(redirectedUrl("/applications/" + successor.id()))
                .andExpect(flash().attribute("refused", "application.delete.is-successor"));
        mvc.perform(post("/applications/" + old.id() + "/interfaces")
                        .with(as("cdo@musterstadt.example"))
                        .with(csrf())
                        .param("toApplicationId", old.id().toString())
                        .param("exchanges", "Schleife"))
                .andExpect(flash().attribute("refused", "application.interface.self"));
        mvc.perform(post("/applications/" + old.id() + "/delete")
                        .with(as("cdo@musterstadt.example"))
                        .with(csrf())
                        .param("version", String.valueOf(old.version())))
                .andExpect(redirectedUrl("/applications"));
    }

    @Test
    void aProjectIsNamedOnTheApplicationsPageAndTheApplicationOnTheProjectsPage() throws Exception {
        UUID old = id("Dokumentenmanagement alt");
        UUID project = tenants.as(
                tenants.musterstadt(), () -> jdbc.sql("select id from project where title = 'E-Akte-Einführung'")
                        .query(UUID.class)
                        .single());
        mvc.perform(get("/applications/" + old).with(as("rat@musterstadt.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("löst ab:")))
                .andExpect(content().string(containsString("/projects/" + project)))
                .andExpect(content().string(not(containsString("Projekt zuordnen"))));
        mvc.perform(get("/projects/" + project).with(as("rat@musterstadt.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Anwendungen, die dieses Projekt ablöst")))
                .andExpect(content().string(containsString("/applications/" + old)))
                .andExpect(content().string(containsString("Anwendungen, die dieses Projekt einführt")))
                .andExpect(content().string(containsString("Scanstelle")));

        Application created = tenants.as(
                tenants.musterstadt(),
                () -> applications.create(ApplicationData.named("Zuordnung " + UUID.randomUUID())));
        String path = "/applications/" + created.id();
        mvc.perform(post(path + "/projects")
                        .with(as("redaktion@musterstadt.example"))
                        .with(csrf())
                        .param("projectId", project.toString()))
                .andExpect(redirectedUrl(path + "#projects"))
                .andExpect(flash().attribute("projectRefused", "application-project.choose"));
        mvc.perform(post(path + "/projects")
                        .with(as("redaktion@musterstadt.example"))
                        .with(csrf())
                        .param("projectId", project.toString())
                        .param("kind", "INTRODUCES"))
                .andExpect(redirectedUrl(path + "#projects"))
                .andExpect(flash().attribute("projectLinked", true));
        mvc.perform(get(path).with(as("redaktion@musterstadt.example")))
                .andExpect(content().string(containsString("führt ein:")))
                .andExpect(content().string(containsString("Projekt zuordnen")));
        mvc.perform(post(path + "/projects/" + project + "/delete")
                        .with(as("redaktion@musterstadt.example"))
                        .with(csrf()))
                .andExpect(flash().attribute("projectUnlinked", true));
        mvc.perform(get(path).with(as("redaktion@musterstadt.example")))
                .andExpect(content().string(containsString("Noch kein Projekt führt diese Anwendung ein")));
    }

    @Test
    void aValidPublicCodeFileIsTakenOverFromTheCheckPageByEditorsOnly() throws Exception {
        String name = "Seitenimport " + UUID.randomUUID();
        String file = de.lotse.inventory.api.PublicCodeFiles.standardExample(
                name, "https://example.com/" + UUID.randomUUID() + ".git");
        mvc.perform(post("/applications/publiccode")
                        .with(as("rat@musterstadt.example"))
                        .with(csrf())
                        .param("text", file))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Die Datei entspricht dem Standard")))
                .andExpect(content().string(not(containsString("Als Anwendung übernehmen"))));
        mvc.perform(post("/applications/publiccode")
                        .with(as("redaktion@musterstadt.example"))
                        .with(csrf())
                        .param("text", file))
                .andExpect(content().string(containsString("Als Anwendung übernehmen")));
        mvc.perform(post("/applications/publiccode")
                        .with(as("redaktion@musterstadt.example"))
                        .with(csrf())
                        .param("text", file.replace("license: AGPL-3.0-or-later", "license: frei")))
                .andExpect(content().string(not(containsString("Als Anwendung übernehmen"))));

        String page = mvc.perform(post("/applications/publiccode/import")
                        .with(as("redaktion@musterstadt.example"))
                        .with(csrf())
                        .param("text", file))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("publicCodeImported", "created"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(page).with(as("rat@musterstadt.example")))
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("Laut publiccode.yml")))
                .andExpect(content().string(containsString("durch Vertrag")))
                .andExpect(content().string(containsString("android, ios")));
        // an invalid file sent to the import shows the check's result and changes nothing
        mvc.perform(post("/applications/publiccode/import")
                        .with(as("redaktion@musterstadt.example"))
                        .with(csrf())
                        .param("text", "name: nur ein Name"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("publiccodeYmlVersion")));
    }

    @Test
    void theLandscapeShowsEachDepartmentsApplicationsAndTheGraphWhoTalksToWhomInAFewStatements() throws Exception {
        mvc.perform(get("/applications/landscape").with(as("rat@musterstadt.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Landschaft nach Organisationseinheit")))
                .andExpect(content().string(containsString("Bürgeramt (")))
                .andExpect(content().string(containsString("Einwohnermeldewesen")))
                .andExpect(content().string(containsString("im Einsatz · ")))
                .andExpect(content().string(not(containsString("Fahrzeugverwaltung"))));
        // the department tree and one query, however many applications
        var musterstadt = tenants.musterstadt();
        var counted = SqlStatements.during(() -> tenants.as(musterstadt, () -> landscape.byDepartment(true)));
        assertThat(counted.result().applications()).isGreaterThanOrEqualTo(60);
        assertThat(counted.count()).as(counted.statements().toString()).isLessThanOrEqualTo(3);
        mvc.perform(get("/applications/landscape?retired=true").with(as("rat@musterstadt.example")))
                .andExpect(content().string(containsString("Fahrzeugverwaltung")))
                .andExpect(content().string(containsString("abgeschaltet")));

        mvc.perform(get("/applications/interfaces").with(as("rat@musterstadt.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<svg")))
                .andExpect(content().string(containsString("marker-end=\"url(#arrow)\"")))
                .andExpect(content().string(containsString("Wählerverzeichnis aus dem Melderegister")))
                .andExpect(content().string(containsString("Einwohnermeldewesen → Wahlen")));
        var graph = SqlStatements.during(() -> tenants.as(musterstadt, () -> interfaces.graph(null)));
        assertThat(graph.result().edges()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(graph.count()).as(graph.statements().toString()).isLessThanOrEqualTo(2);
        UUID schools = tenants.as(
                tenants.musterstadt(), () -> jdbc.sql("select id from department where name = 'Schulverwaltungsamt'")
                        .query(UUID.class)
                        .single());
        mvc.perform(get("/applications/interfaces?department=" + schools).with(as("rat@musterstadt.example")))
                .andExpect(content().string(not(containsString("Wählerverzeichnis aus dem Melderegister"))));
        // Beispielhausen's graph has none of Musterstadt's interfaces
        mvc.perform(get("/applications/interfaces").with(as("cdo@beispielhausen.example")))
                .andExpect(content().string(not(containsString("Wählerverzeichnis aus dem Melderegister"))))
                .andExpect(content().string(not(containsString("Ordnungswidrigkeiten"))));
        mvc.perform(get("/applications/landscape").with(as("cdo@beispielhausen.example")))
                .andExpect(content().string(containsString("Bauakte")))
                .andExpect(content().string(not(containsString("Ordnungswidrigkeiten"))));
    }

    private UUID id(String name) {
        return tenants.as(
                tenants.musterstadt(), () -> applications
                        .page(new ApplicationFilter(name, null, null, null, null, null), PageRequest.of(0, 5))
                        .getContent()
                        .stream()
                        .filter(row -> row.name().equals(name))
                        .findFirst()
                        .orElseThrow()
                        .id()
                        .value());
    }

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }
}
