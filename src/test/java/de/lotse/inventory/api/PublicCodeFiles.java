package de.lotse.inventory.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** publiccode.yml files for tests. */
public final class PublicCodeFiles {

    private PublicCodeFiles() {}

    /** The standard's own example, with another name and repository URL. */
    public static String standardExample(String name, String url) {
        try (var in = PublicCodeFiles.class.getResourceAsStream("/publiccode/examples/standard-extended.yml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("name: Medusa\n", "name: " + name + "\n")
                    .replace("url: \"https://example.com/italia/medusa.git\"", "url: \"" + url + "\"");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
