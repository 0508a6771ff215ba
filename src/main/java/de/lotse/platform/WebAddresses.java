package de.lotse.platform;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The one rule for addresses Lotse stores and renders as links: {@code http} or {@code https} with a
 * host, at most 2,000 characters, no spaces or control characters — so no {@code javascript:},
 * {@code data:} or {@code file:} link can reach a page. Templates render stored addresses through
 * {@link #safe} (as {@code #webAddresses.safe(...)}), which drops anything else.
 */
@Component("webAddresses")
public final class WebAddresses {

    /** Longer addresses are not links people type; browsers and proxies cut them too. */
    static final int MAX_LENGTH = 2_000;

    /** Whether the text is an {@code http} or {@code https} address with a host. */
    public static boolean isWebAddress(String text) {
        URI uri = parse(text);
        if (uri == null || uri.getScheme() == null || uri.isOpaque()) {
            return false;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String authority = uri.getRawAuthority();
        return (scheme.equals("http") || scheme.equals("https"))
                && authority != null
                && !authority.isEmpty()
                && !authority.startsWith("@");
    }

    /** Whether the text is a {@code mailto:} link with an address. */
    public static boolean isMailto(String text) {
        URI uri = parse(text);
        return uri != null
                && "mailto".equalsIgnoreCase(uri.getScheme())
                && uri.getSchemeSpecificPart() != null
                && uri.getSchemeSpecificPart().contains("@");
    }

    /** The address if it is one to link to ({@link #isWebAddress} or {@link #isMailto}), otherwise {@code null}. */
    public String safe(Object address) {
        if (address == null) {
            return null;
        }
        String text = address.toString();
        return isWebAddress(text) || isMailto(text) ? text : null;
    }

    private static URI parse(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_LENGTH) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= 0x20 || c == 0x7F) {
                return null;
            }
        }
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
