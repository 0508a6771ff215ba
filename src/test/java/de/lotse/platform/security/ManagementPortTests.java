package de.lotse.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequestWrapper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ManagementPortTests {

    @Test
    void withoutAManagementPortNoRequestIsOnIt() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setLocalPort(-1);

        assertThat(new ManagementPort(-1).matches(request)).isFalse();
    }

    @Test
    void theAcceptingPortCountsNotWhatAWrapperSays() {
        MockHttpServletRequest received = new MockHttpServletRequest();
        received.setLocalPort(8080);
        var claimingTheManagementPort = new HttpServletRequestWrapper(received) {
            @Override
            public int getLocalPort() {
                return 9090;
            }
        };
        MockHttpServletRequest onManagementPort = new MockHttpServletRequest();
        onManagementPort.setLocalPort(9090);

        assertThat(new ManagementPort(9090).matches(claimingTheManagementPort)).isFalse();
        assertThat(new ManagementPort(9090).matches(onManagementPort)).isTrue();
    }
}
