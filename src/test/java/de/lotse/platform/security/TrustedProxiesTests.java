package de.lotse.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class TrustedProxiesTests {

    @Test
    void noSettingTrustsNobody() {
        assertThat(TrustedProxies.parse("").contains("127.0.0.1")).isFalse();
        assertThat(TrustedProxies.parse(null).isEmpty()).isTrue();
    }

    @Test
    void addressesAndRangesOfBothFamiliesAreTrusted() {
        TrustedProxies proxies = TrustedProxies.parse(" 127.0.0.1, 10.0.0.0/8 ,2001:db8::/32,::1");

        assertThat(proxies.contains("127.0.0.1")).isTrue();
        assertThat(proxies.contains("10.200.3.4")).isTrue();
        assertThat(proxies.contains("2001:db8:0:0:0:0:0:7")).isTrue();
        assertThat(proxies.contains("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(proxies.contains("127.0.0.2")).isFalse();
        assertThat(proxies.contains("11.0.0.1")).isFalse();
        assertThat(proxies.contains("2001:db9::1")).isFalse();
        assertThat(proxies.contains("evil.example")).isFalse();
    }

    @Test
    void anEntryThatIsNoAddressStopsTheStartWithItsName() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TrustedProxies.parse("127.0.0.1, proxy.kommune.example"))
                .withMessageContaining("LOTSE_TRUSTED_PROXIES")
                .withMessageContaining("proxy.kommune.example");
        assertThatIllegalArgumentException().isThrownBy(() -> TrustedProxies.parse("10.0.0.0/33"));
    }
}
