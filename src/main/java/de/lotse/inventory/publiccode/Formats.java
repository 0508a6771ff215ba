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

    /** type/subtype with the characters RFC 6838 allows, optionally with parameters. */
    private static final Pattern MIME_TYPE =
            Pattern.compile("[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}"
                    + "(?:\\s*;\\s*[A-Za-z0-9!#$&^_.+-]+=(?:[A-Za-z0-9!#$&^_.+-]+|\"[^\"]*\"))*");

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

    /** An absolute URI with a scheme, and a host when the scheme is http or https. */
    static boolean isUrl(String text) {
        URI uri = uri(text);
        if (uri == null || uri.getScheme() == null) {
            return false;
        }
        return !isWeb(uri) || hasHost(uri);
    }

    /** An http or https URL with a host. */
    static boolean isHttpUrl(String text) {
        URI uri = uri(text);
        return uri != null && isWeb(uri) && hasHost(uri);
    }

    /** Any absolute URI (a URL or a URN). */
    static boolean isUri(String text) {
        URI uri = uri(text);
        return uri != null
                && uri.getScheme() != null
                && uri.getRawSchemeSpecificPart() != null
                && !uri.getRawSchemeSpecificPart().isEmpty()
                && (!isWeb(uri) || hasHost(uri));
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
        if (text.isBlank() || !text.strip().equals(text)) {
            return null;
        }
        try {
            return new URI(text);
        } catch (URISyntaxException notAUri) {
            return null;
        }
    }
}
