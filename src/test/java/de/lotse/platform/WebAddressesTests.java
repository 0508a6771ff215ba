package de.lotse.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebAddressesTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://www.musterstadt.example",
                "http://intranet:8080/wohngeld?x=1#a",
                "HTTPS://example.com/a%20b",
                "https://service_host.example/pfad"
            })
    void webAddressesAreLinks(String address) {
        assertThat(WebAddresses.isWebAddress(address)).isTrue();
        assertThat(new WebAddresses().safe(address)).isEqualTo(address);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "javascript:alert(1)",
                "JavaScript://example.com/%0aalert(1)",
                "data:text/html,<script>",
                "file:///etc/passwd",
                "ftp://example.com",
                "https:///pfad",
                "https://@example.com",
                "//example.com",
                "/relativ",
                "https://example.com/a b",
                "https://example.com/\u0000",
                " https://example.com"
            })
    void otherAddressesAreNot(String address) {
        assertThat(WebAddresses.isWebAddress(address)).isFalse();
        assertThat(new WebAddresses().safe(address)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mailto:digital@musterstadt.example"})
    void mailLinksAreLinksOnlyWhereMeant(String address) {
        assertThat(WebAddresses.isWebAddress(address)).isFalse();
        assertThat(WebAddresses.isMailto(address)).isTrue();
    }
}
