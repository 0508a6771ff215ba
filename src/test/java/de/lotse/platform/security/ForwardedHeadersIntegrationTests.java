package de.lotse.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import de.lotse.LotseIntegrationTest;
import de.lotse.audit.SecurityLog;
import de.lotse.audit.SecurityLogEntry;
import de.lotse.audit.SecurityLogFilter;
import de.lotse.identity.UserAccount;
import de.lotse.identity.UserAccountMother;
import de.lotse.tenancy.TenantFixture;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.ObjectMapper;

/**
 * Forwarded headers count only from the trusted proxy of the tests' settings (192.0.2.10): from any
 * other peer they change neither the client address (login throttle, security log), nor the scheme,
 * nor where a redirect leads. Each test uses peer addresses of its own (TEST-NET-2).
 */
@LotseIntegrationTest
class ForwardedHeadersIntegrationTests {

    private static final String PASSWORD = "richtig-und-lang";
    private static final String TRUSTED_PROXY = "192.0.2.10";
    private static final AtomicInteger PEERS = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccountMother people;

    @Autowired
    SecurityLog securityLog;

    @Autowired
    TenantFixture tenants;

    @Autowired
    UserDetailsService users;

    @Test
    void rotatingForwardedForFromAnUntrustedPeerDoesNotBypassTheAddressLimit() throws Exception {
        String email = people.editor(PASSWORD).email();
        String peer = newPeer();
        for (int i = 0; i < 20; i++) {
            login(UserAccountMother.unusedEmail(), "falsch", from(peer, "10.1.0." + i))
                    .andExpect(redirectedUrl("/login?error"));
        }

        login(email, PASSWORD, from(peer, "10.1.1.1"))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
        login(email, PASSWORD, from(newPeer(), null))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated());
    }

    @Test
    void theSecurityLogRecordsTheUntrustedPeerNotItsHeader() throws Exception {
        UserAccount person = people.editor(PASSWORD);
        String peer = newPeer();

        login(person.email(), "falsch", from(peer, "10.2.2.2")).andExpect(redirectedUrl("/login?error"));

        // the log keeps the network of an address (/24), enough to tell it from the header's
        assertThat(eventsOf(person)).extracting(SecurityLogEntry::clientAddress).containsExactly("198.51.100.0/24");
    }

    @Test
    void theTrustedProxysForwardedForIsBelievedUpToTheFirstAddressItDidNotWrite() throws Exception {
        UserAccount person = people.editor(PASSWORD);

        // the client claimed 10.3.3.3 itself; the proxy appended the address it saw
        login(person.email(), "falsch", from(TRUSTED_PROXY, "10.3.3.3, 203.0.113.250"))
                .andExpect(redirectedUrl("/login?error"));

        assertThat(eventsOf(person)).extracting(SecurityLogEntry::clientAddress).containsExactly("203.0.113.0/24");
    }

    @Test
    void httpsIsBelievedOnlyFromTheTrustedProxy() throws Exception {
        MockHttpServletResponse untrusted = mvc.perform(
                        get("/login").header("X-Forwarded-Proto", "https").with(from(newPeer(), null)))
                .andReturn()
                .getResponse();
        MockHttpServletResponse trusted = mvc.perform(
                        get("/login").header("X-Forwarded-Proto", "https").with(from(TRUSTED_PROXY, null)))
                .andReturn()
                .getResponse();

        // Spring Security sends HSTS on secure requests only
        assertThat(untrusted.getHeader("Strict-Transport-Security")).isNull();
        assertThat(trusted.getHeader("Strict-Transport-Security")).isNotNull();
    }

    @Test
    void aForgedHostOrForwardedHostNeverLeadsARedirectElsewhere() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MockHttpServletResponse toLogin = mvc.perform(get("/departments")
                        .session(session)
                        .header("Host", "evil.example")
                        .header("X-Forwarded-Host", "evil.example")
                        .header("X-Forwarded-Proto", "http")
                        .with(from(newPeer(), null)))
                .andReturn()
                .getResponse();
        assertThat(toLogin.getStatus()).isEqualTo(302);
        assertThat(toLogin.getHeader("Location")).isEqualTo("/login");

        String email = people.editor(PASSWORD).email();
        MockHttpServletResponse afterLogin = mvc.perform(post("/login")
                        .session(session)
                        .header("Host", "evil.example")
                        .param("username", email)
                        .param("password", PASSWORD)
                        .with(csrf())
                        .with(from(newPeer(), null)))
                .andReturn()
                .getResponse();
        assertThat(afterLogin.getHeader("Location")).startsWith("/departments");
    }

    @Test
    void aNewRecordsLocationIsAPathWhateverTheHostHeaderSays() throws Exception {
        String body = new ObjectMapper()
                .writeValueAsString(Map.of("name", "Hostprüfung " + System.nanoTime(), "level", "OFFICE"));

        MockHttpServletResponse created = mvc.perform(post("/api/v1/departments")
                        .header("Host", "evil.example")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(csrf())
                        .with(user(users.loadUserByUsername("cdo@musterstadt.example")))
                        .with(from(newPeer(), null)))
                .andReturn()
                .getResponse();

        assertThat(created.getStatus()).isEqualTo(201);
        assertThat(created.getHeader("Location")).startsWith("/api/v1/departments/");
    }

    private List<SecurityLogEntry> eventsOf(UserAccount person) {
        return tenants.as(
                        tenants.musterstadt(),
                        () -> securityLog.search(
                                new SecurityLogFilter(person.id().value(), null, null, null), PageRequest.of(0, 20)))
                .getContent();
    }

    private ResultActions login(String email, String password, RequestPostProcessor client) throws Exception {
        return mvc.perform(post("/login")
                .param("username", email)
                .param("password", password)
                .with(csrf())
                .with(client));
    }

    /** A request from this TCP peer, with this {@code X-Forwarded-For} header if not null. */
    private static RequestPostProcessor from(String peer, String forwardedFor) {
        return request -> {
            request.setRemoteAddr(peer);
            if (forwardedFor != null) {
                request.addHeader("X-Forwarded-For", forwardedFor);
            }
            return request;
        };
    }

    /** A peer address of its own for each use (TEST-NET-2, never routed). */
    private static String newPeer() {
        return "198.51.100." + PEERS.incrementAndGet();
    }
}
