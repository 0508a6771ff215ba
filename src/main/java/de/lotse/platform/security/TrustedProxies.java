package de.lotse.platform.security;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * The reverse proxies whose forwarded headers are believed ({@code LOTSE_TRUSTED_PROXIES}:
 * comma-separated IPv4 and IPv6 addresses or CIDR ranges; none by default).
 */
final class TrustedProxies {

    /** Only literal addresses: a name would make every request wait for the DNS. */
    private static final Pattern ADDRESS = Pattern.compile("[0-9a-fA-F:.]+(/[0-9]{1,3})?");

    private final List<IpAddressMatcher> ranges;

    private TrustedProxies(List<IpAddressMatcher> ranges) {
        this.ranges = ranges;
    }

    /**
     * The proxies of a setting.
     *
     * @throws IllegalArgumentException naming the entry that is no address or CIDR range
     */
    static TrustedProxies parse(String setting) {
        if (setting == null || setting.isBlank()) {
            return new TrustedProxies(List.of());
        }
        return new TrustedProxies(Arrays.stream(setting.split(","))
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .map(TrustedProxies::range)
                .toList());
    }

    private static IpAddressMatcher range(String entry) {
        if (!ADDRESS.matcher(entry).matches()) {
            throw new IllegalArgumentException(invalid(entry));
        }
        try {
            return new IpAddressMatcher(entry);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(invalid(entry), e);
        }
    }

    private static String invalid(String entry) {
        return "LOTSE_TRUSTED_PROXIES: '" + entry + "' is neither an IP address nor a CIDR range like 10.0.0.0/8";
    }

    boolean isEmpty() {
        return ranges.isEmpty();
    }

    /** Whether a literal address (as a servlet container reports the peer) is one of the proxies. */
    boolean contains(String address) {
        if (address == null || !isLiteral(address)) {
            return false;
        }
        for (IpAddressMatcher range : ranges) {
            if (range.matches(address)) {
                return true;
            }
        }
        return false;
    }

    static boolean isLiteral(String address) {
        return ADDRESS.matcher(address).matches() && address.indexOf('/') < 0;
    }
}
