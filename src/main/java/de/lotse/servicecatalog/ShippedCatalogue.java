package de.lotse.servicecatalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * The catalogue shipped in the jar under {@code reference/ozg-katalog/}: its four CSV files and, in
 * {@code catalogue.properties}, what it is and the date of its content.
 */
record ShippedCatalogue(String label, LocalDate contentDate, Map<String, byte[]> files) {

    static final String FOLDER = "classpath:reference/ozg-katalog/";

    static ShippedCatalogue from(ResourceLoader resources) {
        try {
            Properties properties = new Properties();
            try (InputStream in =
                    resources.getResource(FOLDER + "catalogue.properties").getInputStream()) {
                properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            Map<String, byte[]> files = new LinkedHashMap<>();
            for (String name : CatalogueFiles.NAMES) {
                Resource file = resources.getResource(FOLDER + name);
                try (InputStream in = file.getInputStream()) {
                    files.put(name, in.readAllBytes());
                }
            }
            return new ShippedCatalogue(
                    properties.getProperty("label"), LocalDate.parse(properties.getProperty("content-date")), files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
