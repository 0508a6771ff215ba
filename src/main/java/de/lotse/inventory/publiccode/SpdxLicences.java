package de.lotse.inventory.publiccode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The identifiers of the SPDX License List (licences, deprecated licences, exceptions), shipped as
 * resources; matched without regard to case as the SPDX specification asks.
 */
final class SpdxLicences {

    private static final Map<String, String> LICENCES = load("spdx-licenses.txt");

    private static final Map<String, String> DEPRECATED = load("spdx-licenses-deprecated.txt");

    private static final Map<String, String> EXCEPTIONS = load("spdx-exceptions.txt");

    private SpdxLicences() {}

    static boolean isLicence(String id) {
        String lower = id.toLowerCase(Locale.ROOT);
        return LICENCES.containsKey(lower) || DEPRECATED.containsKey(lower);
    }

    static boolean isDeprecated(String id) {
        return DEPRECATED.containsKey(id.toLowerCase(Locale.ROOT));
    }

    static boolean isException(String id) {
        return EXCEPTIONS.containsKey(id.toLowerCase(Locale.ROOT));
    }

    private static Map<String, String> load(String name) {
        try (InputStream in = SpdxLicences.class.getResourceAsStream("/inventory/" + name);
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return lines.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toUnmodifiableMap(
                            id -> id.toLowerCase(Locale.ROOT), Function.identity(), (a, b) -> a));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
