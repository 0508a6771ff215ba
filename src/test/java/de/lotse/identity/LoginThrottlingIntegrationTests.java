package de.lotse.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import de.lotse.LotseIntegrationTest;
import de.lotse.TestClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Repeated failed logins lock the account and the client address for a while, and a locked login
 * answers exactly like a wrong password, whether the account exists or not. Each test uses its own
 * accounts and client addresses (from the documentation ranges), never the shared demo users.
 */
@LotseIntegrationTest
class LoginThrottlingIntegrationTests {

    private static final String PASSWORD = "richtig-und-lang";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    UserAccountMother people;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    @Autowired
    LoginProperties settings;

    @Autowired
    UserAccountRepository accounts;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theDefaultsLockAnAccountAfterFiveFailuresForFifteenMinutes() {
        assertThat(settings.maxFailuresPerAccount()).isEqualTo(5);
        assertThat(settings.maxFailuresPerAddress()).isEqualTo(20);
        assertThat(settings.failureWindow()).isEqualTo(Duration.ofMinutes(15));
        assertThat(settings.lockDuration()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAndThenEvenTheRightOneIsRefused() throws Exception {
        String email = people.editor(PASSWORD).email();
        String address = newAddress();

        for (int i = 0; i < 5; i++) {
            login(email, "falsch-" + i, address)
                    .andExpect(redirectedUrl("/login?error"))
                    .andExpect(unauthenticated());
        }
        login(email, PASSWORD, address).andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
        // the lock is the account's, not the address's
        login(email, PASSWORD, newAddress())
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
    }

    @Test
    void anUnknownAccountGetsExactlyTheSameAnswersAsAnExistingOne() throws Exception {
        String existing = people.editor(PASSWORD).email();
        String unknown = UserAccountMother.unusedEmail();

        // five wrong passwords, then the right one of the existing account while it is locked
        List<Answer> toExisting = new ArrayList<>();
        List<Answer> toUnknown = new ArrayList<>();
        String existingAddress = newAddress();
        String unknownAddress = newAddress();
        for (int i = 0; i < 7; i++) {
            String password = i < 5 ? "falsch-" + i : PASSWORD;
            toExisting.add(answer(login(existing, password, existingAddress)));
            toUnknown.add(answer(login(unknown, password, unknownAddress)));
        }

        assertThat(toUnknown).isEqualTo(toExisting);
        assertThat(toExisting).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(302);
            assertThat(answer.location()).isEqualTo("/login?error");
            assertThat(answer.followingPage()).contains("Die E-Mail-Adresse oder das Passwort ist nicht richtig");
        });
    }

    @Test
    void theLockEndsAfterTheConfiguredTime() throws Exception {
        String email = people.editor(PASSWORD).email();
        String address = newAddress();
        for (int i = 0; i < 5; i++) {
            login(email, "falsch", address).andExpect(redirectedUrl("/login?error"));
        }

        clock.advance(settings.lockDuration().minusSeconds(5));
        login(email, PASSWORD, address).andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());

        clock.advance(Duration.ofSeconds(10));
        login(email, PASSWORD, address).andExpect(redirectedUrl("/")).andExpect(authenticated());
    }

    @Test
    void aSuccessfulLoginForgetsTheAccountsFailures() throws Exception {
        String email = people.editor(PASSWORD).email();
        String address = newAddress();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 4; i++) {
                login(email, "falsch", address).andExpect(redirectedUrl("/login?error"));
            }
            login(email, PASSWORD, address).andExpect(redirectedUrl("/")).andExpect(authenticated());
        }
    }

    @Test
    void twentyFailuresFromOneAddressLockThatAddressForEveryAccount() throws Exception {
        String email = people.editor(PASSWORD).email();
        String address = newAddress();
        for (int i = 0; i < 20; i++) {
            // a different account each time, so that no account is locked
            login(UserAccountMother.unusedEmail(), "falsch", address).andExpect(redirectedUrl("/login?error"));
        }

        login(email, PASSWORD, address).andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
        login(email, PASSWORD, newAddress()).andExpect(redirectedUrl("/")).andExpect(authenticated());

        clock.advance(settings.lockDuration().plusSeconds(1));
        login(email, PASSWORD, address).andExpect(redirectedUrl("/")).andExpect(authenticated());
    }

    @Test
    void aSuccessfulLoginDoesNotClearTheAddressesFailures() throws Exception {
        String email = people.editor(PASSWORD).email();
        String address = newAddress();
        for (int i = 0; i < 19; i++) {
            login(UserAccountMother.unusedEmail(), "falsch", address).andExpect(redirectedUrl("/login?error"));
        }
        login(email, PASSWORD, address).andExpect(redirectedUrl("/"));
        login(UserAccountMother.unusedEmail(), "falsch", address).andExpect(redirectedUrl("/login?error"));

        login(email, PASSWORD, address).andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
    }

    @Test
    void anOldBcryptHashStillWorksAndIsReplacedByArgon2id() throws Exception {
        UserAccount account = people.editor(PASSWORD);
        account.changePasswordHash(
                "{bcrypt}" + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder().encode(PASSWORD));
        accounts.save(account);

        login(account.email(), PASSWORD, newAddress())
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated());

        String upgraded = accounts.findByEmail(account.email()).orElseThrow().passwordHash();
        assertThat(upgraded).startsWith("{argon2id}$argon2id$v=19$m=19456,t=2,p=1$");
        login(account.email(), PASSWORD, newAddress())
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated());
    }

    private ResultActions login(String email, String password, String address) throws Exception {
        return mvc.perform(post("/login")
                .param("username", email)
                .param("password", password)
                .with(csrf())
                .with(from(address)));
    }

    private Answer answer(ResultActions login) throws Exception {
        MockHttpServletResponse response = login.andReturn().getResponse();
        String location = response.getRedirectedUrl();
        String page = mvc.perform(get(location)).andReturn().getResponse().getContentAsString();
        return new Answer(response.getStatus(), location, withoutCsrfToken(page));
    }

    private static String withoutCsrfToken(String page) {
        return page.replaceAll("name=\"csrf-token\" content=\"[^\"]*\"", "name=\"csrf-token\"")
                .replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"");
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** A client address of its own for each use (TEST-NET-3, never routed). */
    private static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "203.0.113." + n;
    }

    /** What a person sees of a login: the status, where it sends them and the page there. */
    record Answer(int status, String location, String followingPage) {}
}
