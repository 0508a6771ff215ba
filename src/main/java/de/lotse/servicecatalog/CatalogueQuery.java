package de.lotse.servicecatalog;

/**
 * What someone looks for in the catalogue; every part is optional.
 *
 * @param text words of a service's name (German stemming), an OZG-ID, or a LeiKa key or its first
 *     digits
 * @param topic only services of this Themenfeld (its id)
 * @param ozgId only the LeiKa services of this OZG-Leistung
 */
public record CatalogueQuery(String text, Integer topic, String ozgId) {

    public static CatalogueQuery all() {
        return new CatalogueQuery(null, null, null);
    }

    public boolean isEmpty() {
        return (text == null || text.isBlank()) && topic == null && (ozgId == null || ozgId.isBlank());
    }
}
