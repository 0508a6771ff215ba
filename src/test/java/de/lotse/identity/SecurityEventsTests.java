package de.lotse.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecurityEventsTests {

    @Test
    void clientAddressesAreKeptWithoutTheirLastPart() {
        assertThat(SecurityEvents.truncated("203.0.113.77")).isEqualTo("203.0.113.0/24");
        assertThat(SecurityEvents.truncated("2001:db8:abcd:12:1:2:3:4")).isEqualTo("2001:db8:abcd:0:0:0:0:0/48");
    }

    @Test
    void whatIsNoAddressIsNotKept() {
        assertThat(SecurityEvents.truncated(null)).isNull();
        assertThat(SecurityEvents.truncated("proxy.example")).isNull();
    }
}
