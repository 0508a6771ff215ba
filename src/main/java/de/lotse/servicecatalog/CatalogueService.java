package de.lotse.servicecatalog;

/**
 * A LeiKa service of the catalogue with the OZG-Leistung, Lebenslage and Themenfeld it belongs to.
 *
 * @param key the 14-digit LeiKa key, {@code null} for services the LeiKa does not list
 * @param type the LeiKa type, e.g. {@code 2/3}
 * @param ozgId the OZG-Leistung, or {@code null} for the few services without one
 * @param withdrawn whether the current catalogue no longer lists it
 */
public record CatalogueService(
        int id,
        String key,
        String name,
        String type,
        String ozgId,
        String ozgName,
        String topic,
        String lifeSituation,
        boolean sdg1,
        boolean sdg2,
        String legalBasis,
        String laws,
        String lawAbbreviations,
        boolean withdrawn) {}
