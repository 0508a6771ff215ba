package de.lotse.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HostFreeRedirectsTests {

    @Test
    void anAbsoluteAddressLosesSchemeAndHost() {
        assertThat(HostFreeRedirects.target("", "http://evil.example/departments?continue"))
                .isEqualTo("/departments?continue");
        assertThat(HostFreeRedirects.target("/lotse", "https://evil.example/lotse/projects"))
                .isEqualTo("/lotse/projects");
        assertThat(HostFreeRedirects.target("", "//evil.example/x")).isEqualTo("/x");
        assertThat(HostFreeRedirects.target("", "http://evil.example")).isEqualTo("/");
    }

    @Test
    void aRelativeAddressStaysWithinTheApplication() {
        assertThat(HostFreeRedirects.target("", "/")).isEqualTo("/");
        assertThat(HostFreeRedirects.target("/lotse", "/login?error")).isEqualTo("/lotse/login?error");
    }
}
