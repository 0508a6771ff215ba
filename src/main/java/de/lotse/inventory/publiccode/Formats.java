package de.lotse.inventory.publiccode;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/** Syntax checks of the standard's value formats; none of them uses the network. */
final class Formats {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");

    /** type/subtype with the characters RFC 6838 allows for their names, without parameters. */
    private static final Pattern MIME_TYPE =
            Pattern.compile(" *[A-Za-z0-9][A-Za-z0-9!#$&^_-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126} *");

    /** A URN after RFC 2141: namespace identifier and namespace-specific string. */
    private static final Pattern URN =
            Pattern.compile("(?i)urn:[A-Za-z0-9][A-Za-z0-9-]{0,31}:[A-Za-z0-9()+,\\-.:=@;$_!*'%/?#]+");

    /** Characters browsers and most URL parsers accept in a URL although RFC 3986 does not. */
    private static final String TOLERATED = " \"<>\\^`{|}";

    private Formats() {}

    /** YYYY-MM-DD and a day that exists. */
    static boolean isDate(String text) {
        if (!DATE.matcher(text).matches()) {
            return false;
        }
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeException noSuchDay) {
            return false;
        }
    }

    /** An absolute URL: a scheme and a host, or a scheme and an opaque part or fragment. */
    static boolean isUrl(String text) {
        URI uri = uri(text);
        if (uri == null || uri.getScheme() == null) {
            return false;
        }
        return hasHost(uri) || uri.isOpaque() || uri.getRawFragment() != null;
    }

    /** An http or https URL with a host. */
    static boolean isHttpUrl(String text) {
        URI uri = uri(text);
        return uri != null && isWeb(uri) && hasHost(uri);
    }

    /** A URI that identifies something: a URN after RFC 2141, or a URL with a scheme and a host. */
    static boolean isUri(String text) {
        if (text.regionMatches(true, 0, "urn:", 0, 4)) {
            return URN.matcher(text).matches();
        }
        URI uri = uri(text);
        return uri != null && uri.getScheme() != null && hasHost(uri);
    }

    static boolean isAbsoluteUrl(String text) {
        URI uri = uri(text);
        return uri != null && uri.getScheme() != null && uri.getScheme().length() > 1;
    }

    static boolean isEmail(String text) {
        return text.length() <= 254 && EMAIL.matcher(text).matches();
    }

    static boolean isMimeType(String text) {
        return MIME_TYPE.matcher(text).matches();
    }

    /** The file name extension of a path or URL, lower case, with its dot; empty without one. */
    static String extension(String pathOrUrl) {
        String path = pathOrUrl;
        int cut = indexOfAny(path, '?', '#');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash ? path.substring(dot).toLowerCase(Locale.ROOT) : "";
    }

    private static int indexOfAny(String text, char first, char second) {
        int a = text.indexOf(first);
        int b = text.indexOf(second);
        if (a < 0) {
            return b;
        }
        return b < 0 ? a : Math.min(a, b);
    }

    private static boolean isWeb(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https");
    }

    private static boolean hasHost(URI uri) {
        return uri.getHost() != null && !uri.getHost().isEmpty();
    }

    private static URI uri(String text) {
        if (text.isBlank() || !text.strip().equals(text) || text.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return null;
        }
        StringBuilder tolerant = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (TOLERATED.indexOf(c) >= 0) {
                tolerant.append('%').append(String.format("%02X", (int) c));
            } else {
                tolerant.append(c);
            }
        }
        try {
            return new URI(tolerant.toString());
        } catch (URISyntaxException notAUri) {
            return null;
        }
    }
}
