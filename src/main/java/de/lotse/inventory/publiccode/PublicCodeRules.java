package de.lotse.inventory.publiccode;

import de.lotse.inventory.publiccode.YamlSection.Item;
import de.lotse.inventory.publiccode.YamlSection.Value;
import de.lotse.platform.WebAddresses;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;

/**
 * The rules of the standard's core schema for the top-level keys; the description, the
 * maintenance and the country-specific sections have rules of their own.
 */
public final class PublicCodeRules {

    static final Set<String> KEYS = Set.of(
            "publiccodeYmlVersion",
            "name",
            "applicationSuite",
            "url",
            "landingURL",
            "isBasedOn",
            "softwareVersion",
            "releaseDate",
            "logo",
            "monochromeLogo",
            "organisation",
            "inputTypes",
            "outputTypes",
            "platforms",
            "categories",
            "usedBy",
            "fundedBy",
            "roadmap",
            "developmentStatus",
            "softwareType",
            "supports",
            "intendedAudience",
            "description",
            "legal",
            "maintenance",
            "localisation",
            "dependsOn",
            "IT",
            "it");

    static final List<String> LOGO_EXTENSIONS = List.of(".svg", ".svgz", ".png");

    private static final Pattern ITALIAN_PA = Pattern.compile("urn:x-italian-pa:[a-z0-9_]+", Pattern.CASE_INSENSITIVE);

    public void check(MappingNode root, Findings findings) {
        YamlSection file = YamlSection.root(root, findings);
        Checks checks = new Checks(findings);
        if (!version(file, findings)) {
            return;
        }
        file.rejectUnknown(KEYS);
        file.text("name", true);
        file.text("applicationSuite", false);
        // Lotse keeps the repository's address as a link: only http and https, as every address it links to
        checks.format(
                file.text("url", true),
                text -> Formats.isUrl(text) && WebAddresses.isWebAddress(text),
                "publiccode.url.web");
        checks.format(file.text("landingURL", false), Formats::isHttpUrl, "publiccode.httpUrl");
        checks.eachText(file.textOrList("isBasedOn"), Formats::isUrl, "publiccode.url");
        file.text("softwareVersion", false);
        checks.format(file.text("releaseDate", false), Formats::isDate, "publiccode.date");
        logos(file, checks);
        if (file.contains("organisation")) {
            organisation(file.section("organisation"), checks);
        }
        mediaTypes(file, "inputTypes", checks);
        mediaTypes(file, "outputTypes", checks);
        checks.eachText(file.list("platforms", true));
        checks.inList(file.list("categories", false), Vocabulary.CATEGORIES, "publiccode.category");
        checks.eachText(file.list("usedBy", false));
        file.list("fundedBy", false)
                .ifPresent(funders -> funders.forEach(
                        funder -> funder.section().ifPresent(section -> organisation(section, checks))));
        checks.format(file.text("roadmap", false), Formats::isHttpUrl, "publiccode.httpUrl");
        checks.oneOf(file.text("developmentStatus", true), Vocabulary.DEVELOPMENT_STATUS);
        checks.oneOf(file.text("softwareType", true), Vocabulary.SOFTWARE_TYPES);
        supports(file.list("supports", false), findings);
        intendedAudience(file, checks, findings);
        new DescriptionRules(checks, findings).check(file.section("description"));
        legal(file.section("legal"), checks, findings);
        new MaintenanceRules(checks).check(file.section("maintenance"));
        localisation(file.section("localisation"), checks);
        dependencies(file, checks);
        new CountrySectionRules(checks, findings).check(file);
    }

    /** The version decides which rules apply: without a supported one nothing else is checked. */
    private static boolean version(YamlSection file, Findings findings) {
        Optional<Value> version = file.text("publiccodeYmlVersion", true);
        if (version.isEmpty()) {
            return false;
        }
        Value value = version.get();
        if (!Vocabulary.VERSIONS.contains(value.text())) {
            findings.error(
                    value.key(),
                    value.keyAt(),
                    "publiccode.version.unsupported",
                    value.text(),
                    String.join(", ", Vocabulary.VERSIONS));
            return false;
        }
        if (!Vocabulary.LATEST.contains(value.text())) {
            findings.warning(
                    value.key(),
                    value.keyAt(),
                    "publiccode.version.notLatest",
                    value.text(),
                    Vocabulary.LATEST_VERSION);
        }
        return true;
    }

    private static void logos(YamlSection file, Checks checks) {
        file.text("logo", false)
                .filter(v -> !v.text().isEmpty())
                .ifPresent(v -> checks.repositoryFile(v, LOGO_EXTENSIONS));
        Optional<Value> monochrome =
                file.text("monochromeLogo", false).filter(v -> !v.text().isEmpty());
        if (monochrome.isPresent()) {
            checks.deprecated(file, "monochromeLogo", "publiccode.deprecated.use", "logo");
            checks.repositoryFile(monochrome.get(), LOGO_EXTENSIONS);
        }
    }

    private static void organisation(YamlSection organisation, Checks checks) {
        organisation.rejectUnknown(Set.of("name", "uri"));
        organisation.text("name", false);
        organisation.text("uri", true).ifPresent(uri -> {
            checks.format(uri, Formats::isUri, "publiccode.uri");
            if (uri.text().regionMatches(true, 0, "urn:x-italian-pa:", 0, 17)) {
                checks.format(uri, text -> ITALIAN_PA.matcher(text).matches(), "publiccode.ipaCode");
            }
        });
    }

    private static void mediaTypes(YamlSection file, String name, Checks checks) {
        Optional<List<Item>> types = file.list(name, false);
        if (types.isPresent()) {
            checks.deprecated(file, name, "publiccode.deprecated");
            checks.eachText(types, Formats::isMimeType, "publiccode.mimeType");
        }
    }

    private static void supports(Optional<List<Item>> supports, Findings findings) {
        supports.ifPresent(items -> items.forEach(item -> item.section().ifPresent(support -> {
            support.rejectUnknown(Set.of("id"));
            support.text("id", true).ifPresent(id -> {
                if (id.text().startsWith("alias:")) {
                    String alias = id.text().substring("alias:".length());
                    if (!Vocabulary.ALIASES.contains(alias)) {
                        findings.error(id.key(), id.keyAt(), "publiccode.alias.unknown", alias);
                    }
                } else if (!Formats.isUri(id.text())) {
                    findings.error(id.key(), id.keyAt(), "publiccode.uri", id.text());
                }
            });
        })));
    }

    private static void intendedAudience(YamlSection file, Checks checks, Findings findings) {
        YamlSection audience = file.section("intendedAudience");
        audience.rejectUnknown(Set.of("scope", "countries", "unsupportedCountries"));
        checks.inList(audience.list("scope", false), Vocabulary.SCOPES, "publiccode.scope");
        for (String name : List.of("countries", "unsupportedCountries")) {
            audience.list(name, false)
                    .ifPresent(
                            countries -> countries.forEach(item -> item.text().ifPresent(country -> {
                                if (!LanguageTags.isCountry(country.text())) {
                                    findings.error(country.key(), country.at(), "publiccode.country", country.text());
                                } else if (!country.text().equals(country.text().toUpperCase(java.util.Locale.ROOT))) {
                                    findings.warning(
                                            country.key(),
                                            country.at(),
                                            "publiccode.country.lowercase",
                                            country.text().toUpperCase(java.util.Locale.ROOT));
                                }
                            })));
        }
    }

    private static void legal(YamlSection legal, Checks checks, Findings findings) {
        legal.rejectUnknown(Set.of("license", "mainCopyrightOwner", "repoOwner", "authorsFile"));
        legal.text("license", true).ifPresent(licence -> {
            SpdxExpression.Outcome outcome = SpdxExpression.parse(licence.text());
            if (!outcome.valid()) {
                findings.error(licence.key(), licence.keyAt(), outcome.problem(), outcome.argument());
            }
            outcome.deprecated()
                    .forEach(id ->
                            findings.warning(licence.key(), licence.keyAt(), "publiccode.licence.deprecated", id));
        });
        legal.text("mainCopyrightOwner", false);
        if (legal.text("repoOwner", false).isPresent()) {
            checks.deprecated(legal, "repoOwner", "publiccode.deprecated.use", "organisation.name");
        }
        legal.text("authorsFile", false).ifPresent(file -> {
            checks.deprecated(legal, "authorsFile", "publiccode.deprecated");
            checks.repositoryPath(file);
        });
    }

    private static void localisation(YamlSection localisation, Checks checks) {
        localisation.rejectUnknown(Set.of("localisationReady", "availableLanguages"));
        localisation.bool("localisationReady", true);
        checks.eachText(
                localisation.list("availableLanguages", true), LanguageTags::isLanguageTag, "publiccode.language");
    }

    private static void dependencies(YamlSection file, Checks checks) {
        YamlSection dependsOn = file.section("dependsOn");
        dependsOn.rejectUnknown(Set.of("open", "proprietary", "hardware"));
        for (String kind : List.of("open", "proprietary", "hardware")) {
            dependsOn
                    .list(kind, false)
                    .ifPresent(items -> items.forEach(item -> item.section().ifPresent(dependency -> {
                        dependency.rejectUnknown(Set.of("name", "versionMin", "versionMax", "version", "optional"));
                        dependency.text("name", true);
                        dependency.text("versionMin", false);
                        dependency.text("versionMax", false);
                        dependency.text("version", false);
                        dependency.bool("optional", false);
                    })));
        }
    }
}
