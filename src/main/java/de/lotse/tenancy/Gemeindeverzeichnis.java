package de.lotse.tenancy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * The four CSV files of the municipality directory (Gemeindeverzeichnis GV100AD) in one folder, e.g.
 * the one shipped in the jar. See reference/gemeindeverzeichnis/README.md for their columns.
 */
final class Gemeindeverzeichnis {

    /** The folder shipped in the jar. */
    static final String SHIPPED = "classpath:reference/gemeindeverzeichnis/";

    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    record Land(String key, String name, String seat) {}

    record Kreis(
            String key, String landKey, String regierungsbezirk, String name, String seat, int typeCode, String type) {}

    record Gemeindeverband(
            String key, String landKey, String kreisKey, String name, String seat, int typeCode, String type) {}

    record Gemeinde(
            String ags,
            String ars,
            String name,
            int typeCode,
            String type,
            String landKey,
            String kreisKey,
            String gemeindeverbandKey,
            int areaHectares,
            int population,
            String postcode) {}

    private final ResourceLoader resources;
    private final String folder;

    Gemeindeverzeichnis(ResourceLoader resources, String folder) {
        this.resources = resources;
        this.folder = folder.endsWith("/") ? folder : folder + "/";
    }

    String folder() {
        return folder;
    }

    /**
     * The Gebietsstand of the files, from the first field of the first Land. Read without the CSV
     * parser: this runs on every start, and the field is a plain date.
     */
    LocalDate gebietsstand() {
        try (var lines = new BufferedReader(open("laender.csv"))) {
            String header = lines.readLine();
            String first = lines.readLine();
            if (header == null || !header.startsWith("gebietsstand,") || first == null) {
                throw new IllegalStateException(folder + "laender.csv lists no Land with its Gebietsstand");
            }
            return LocalDate.parse(first.substring(0, first.indexOf(',')));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Land> laender(LocalDate gebietsstand) {
        return read(
                "laender.csv",
                gebietsstand,
                row -> new Land(
                        row.get("land_schluessel"), row.get("name"), blankToNull(row.get("sitz_landesregierung"))));
    }

    List<Kreis> kreise(LocalDate gebietsstand) {
        return read(
                "kreise.csv",
                gebietsstand,
                row -> new Kreis(
                        row.get("kreis_schluessel"),
                        row.get("land_schluessel"),
                        blankToNull(row.get("regierungsbezirk")),
                        row.get("name"),
                        blankToNull(row.get("sitz_verwaltung")),
                        Integer.parseInt(row.get("typ_code")),
                        row.get("typ")));
    }

    List<Gemeindeverband> gemeindeverbaende(LocalDate gebietsstand) {
        return read("gemeindeverbaende.csv", gebietsstand, row -> {
            String key = row.get("gv_schluessel");
            return new Gemeindeverband(
                    key,
                    key.substring(0, 2),
                    row.get("kreis_schluessel"),
                    row.get("name"),
                    blankToNull(row.get("verwaltungssitz")),
                    Integer.parseInt(row.get("typ_code")),
                    row.get("typ"));
        });
    }

    List<Gemeinde> gemeinden(LocalDate gebietsstand) {
        return read(
                "gemeinden.csv",
                gebietsstand,
                row -> new Gemeinde(
                        row.get("ags"),
                        row.get("ars"),
                        row.get("name"),
                        Integer.parseInt(row.get("typ_code")),
                        row.get("typ"),
                        row.get("land_schluessel"),
                        row.get("kreis_schluessel"),
                        row.get("gemeindeverband_schluessel"),
                        Integer.parseInt(row.get("flaeche_ha")),
                        row.get("bevoelkerung").isBlank() ? 0 : Integer.parseInt(row.get("bevoelkerung")),
                        blankToNull(row.get("plz"))));
    }

    private <T> List<T> read(String file, LocalDate gebietsstand, Function<CSVRecord, T> mapping) {
        try (Reader reader = open(file);
                CSVParser parser =
                        CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            List<T> rows = new ArrayList<>();
            for (CSVRecord row : parser) {
                // a folder mixing two editions would make a directory that never existed
                if (!gebietsstand.toString().equals(row.get("gebietsstand"))) {
                    throw new IllegalStateException("%s%s line %d has the Gebietsstand %s, not %s"
                            .formatted(
                                    folder,
                                    file,
                                    parser.getCurrentLineNumber(),
                                    row.get("gebietsstand"),
                                    gebietsstand));
                }
                rows.add(mapping.apply(row));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Reader open(String file) throws IOException {
        Resource resource = resources.getResource(folder + file);
        return new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
