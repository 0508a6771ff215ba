package de.lotse.servicecatalog;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads and checks the four CSV files of a catalogue (the columns of the shipped files, see
 * {@code reference/ozg-katalog/README.md}). Either every row is right and the whole catalogue is
 * returned, or every problem found is reported and nothing is returned.
 */
public final class CatalogueFiles {

    public static final String TOPICS = "themenfelder.csv";
    public static final String LIFE_SITUATIONS = "lebenslagen.csv";
    public static final String OZG_SERVICES = "ozg_leistungen.csv";
    public static final String LEIKA_SERVICES = "leika_leistungen.csv";

    /** The files of a catalogue, in the order they refer to each other. */
    public static final List<String> NAMES = List.of(TOPICS, LIFE_SITUATIONS, OZG_SERVICES, LEIKA_SERVICES);

    /** How the LeiKa marks services it does not list. */
    static final String NOT_IN_LEIKA = "nicht im LeiKa";

    /** More problems than this are not worth listing: the file is wrong as a whole. */
    static final int MAX_PROBLEMS = 200;

    private static final Pattern OZG_ID = Pattern.compile("[0-9]{5}");
    private static final Pattern LEIKA_KEY = Pattern.compile("[0-9]{14}");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setTrim(true)
            .get();

    private final List<CatalogueProblem> problems = new ArrayList<>();

    private CatalogueFiles() {}

    /**
     * Reads a catalogue from its files.
     *
     * @param files the content of each file by its name; all four are needed
     * @throws InvalidCatalogueException listing every problem, when anything is wrong
     */
    public static Catalogue read(Map<String, byte[]> files) {
        return new CatalogueFiles().parse(files);
    }

    private Catalogue parse(Map<String, byte[]> files) {
        for (String name : NAMES) {
            if (files.get(name) == null || files.get(name).length == 0) {
                problems.add(new CatalogueProblem(name, 0, null, "catalogue.problem.file-missing", null));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCatalogueException(problems);
        }
        Map<String, String> topicsById = new HashMap<>();
        List<Catalogue.Topic> topics = new ArrayList<>();
        rows(files, TOPICS, List.of("themenfeld_id", "name"), row -> {
            String id = row.integer("themenfeld_id");
            String name = row.required("name", 200);
            if (id != null && name != null && row.unique("themenfeld_id", id) && row.unique("name", name)) {
                topicsById.put(id, name);
                topics.add(new Catalogue.Topic(name, topics.size() + 1));
            }
        });

        Map<String, Catalogue.LifeSituation> lifeSituationsById = new HashMap<>();
        List<Catalogue.LifeSituation> lifeSituations = new ArrayList<>();
        rows(files, LIFE_SITUATIONS, List.of("lebenslage_id", "themenfeld_id", "name"), row -> {
            String id = row.integer("lebenslage_id");
            String topic = row.reference("themenfeld_id", topicsById);
            String name = row.required("name", 200);
            if (id != null
                    && topic != null
                    && name != null
                    && row.unique("lebenslage_id", id)
                    && row.unique("name", topic + "|" + name)) {
                var lifeSituation = new Catalogue.LifeSituation(topic, name);
                lifeSituationsById.put(id, lifeSituation);
                lifeSituations.add(lifeSituation);
            }
        });

        Map<String, String> ozgIdsById = new HashMap<>();
        List<Catalogue.OzgService> ozgServices = new ArrayList<>();
        rows(files, OZG_SERVICES, List.of("ozg_leistung_id", "ozg_id", "name", "lebenslage_id"), row -> {
            String id = row.integer("ozg_leistung_id");
            String ozgId = row.matching("ozg_id", OZG_ID, "catalogue.problem.ozg-id");
            String name = row.required("name", 300);
            Catalogue.LifeSituation lifeSituation = row.reference("lebenslage_id", lifeSituationsById);
            if (id != null
                    && ozgId != null
                    && name != null
                    && lifeSituation != null
                    && row.unique("ozg_leistung_id", id)
                    && row.unique("ozg_id", ozgId)) {
                ozgIdsById.put(id, ozgId);
                ozgServices.add(new Catalogue.OzgService(ozgId, name, lifeSituation.topic(), lifeSituation.name()));
            }
        });

        Map<String, Catalogue.LeikaService> leikaServices = new LinkedHashMap<>();
        rows(
                files,
                LEIKA_SERVICES,
                List.of(
                        "leistung_id",
                        "leika_schluessel",
                        "name",
                        "leika_typ",
                        "ozg_leistung_id",
                        "ozg_id",
                        "sdg1_relevant",
                        "sdg2_relevant",
                        "rechtsgrundlagen",
                        "gesetze",
                        "gesetzeskuerzel"),
                row -> {
                    String id = row.integer("leistung_id");
                    String key = row.value("leika_schluessel");
                    if (key == null || key.equalsIgnoreCase(NOT_IN_LEIKA)) {
                        key = null;
                    } else {
                        key = row.matching("leika_schluessel", LEIKA_KEY, "catalogue.problem.leika-key");
                    }
                    String name = row.required("name", 400);
                    String type = row.optional("leika_typ", 20);
                    String ozgId =
                            row.value("ozg_leistung_id") == null ? null : row.reference("ozg_leistung_id", ozgIdsById);
                    String statedOzgId = row.value("ozg_id");
                    if (ozgId != null && statedOzgId != null && !statedOzgId.equals(ozgId)) {
                        row.problem("ozg_id", "catalogue.problem.ozg-id-mismatch", statedOzgId);
                    }
                    Boolean sdg1 = row.flag("sdg1_relevant");
                    Boolean sdg2 = row.flag("sdg2_relevant");
                    String lawAbbreviations = row.optional("gesetzeskuerzel", 200);
                    if (id == null || name == null || sdg1 == null || sdg2 == null || !row.unique("leistung_id", id)) {
                        return;
                    }
                    var service = new Catalogue.LeikaService(
                            key,
                            name,
                            type,
                            ozgId,
                            sdg1,
                            sdg2,
                            row.value("rechtsgrundlagen"),
                            row.value("gesetze"),
                            lawAbbreviations);
                    if (key != null && !row.unique("leika_schluessel", key)) {
                        return;
                    }
                    // a service without key listed twice under the same OZG-Leistung is the same service
                    leikaServices.putIfAbsent(service.identity(), service);
                });

        if (!problems.isEmpty()) {
            throw new InvalidCatalogueException(problems);
        }
        return new Catalogue(
                List.copyOf(topics),
                List.copyOf(lifeSituations),
                List.copyOf(ozgServices),
                List.copyOf(leikaServices.values()),
                checksum(files));
    }

    private interface RowReader {
        void read(CatalogueFileRow row);
    }

    private void rows(Map<String, byte[]> files, String file, List<String> columns, RowReader reader) {
        try (CSVParser parser = CSVParser.builder()
                .setReader(new InputStreamReader(
                        new java.io.ByteArrayInputStream(stripBom(files.get(file))), StandardCharsets.UTF_8))
                .setFormat(FORMAT)
                .get()) {
            List<String> header = parser.getHeaderNames();
            List<String> missing =
                    columns.stream().filter(column -> !header.contains(column)).toList();
            if (!missing.isEmpty()) {
                missing.forEach(column ->
                        problems.add(new CatalogueProblem(file, 1, column, "catalogue.problem.column-missing", null)));
                return;
            }
            Map<String, Set<String>> seen = new HashMap<>();
            for (CSVRecord record : parser) {
                if (problems.size() >= MAX_PROBLEMS) {
                    return;
                }
                reader.read(new CatalogueFileRow(file, record, seen, problems));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(new CatalogueProblem(file, 0, null, "catalogue.problem.not-csv", null));
        }
    }

    private static byte[] stripBom(byte[] content) {
        if (content.length >= 3
                && (content[0] & 0xff) == 0xef
                && (content[1] & 0xff) == 0xbb
                && (content[2] & 0xff) == 0xbf) {
            return java.util.Arrays.copyOfRange(content, 3, content.length);
        }
        return content;
    }

    /** SHA-256 of the four files, to recognise a catalogue applied before without reading it. */
    static String checksum(Map<String, byte[]> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String name : NAMES) {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update(files.get(name));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
