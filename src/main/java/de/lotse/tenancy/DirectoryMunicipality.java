package de.lotse.tenancy;

/**
 * A municipality (Gemeinde) as listed in the official municipality directory of Destatis.
 *
 * @param ags the 8-digit Amtlicher Gemeindeschlüssel
 * @param ars the 12-digit Amtlicher Regionalschlüssel
 * @param name the official name, e.g. "Stuttgart, Landeshauptstadt"
 * @param shortName the name without its suffixes, e.g. "Stuttgart"
 * @param type the type, e.g. "Kreisfreie Stadt", "Stadt", "Kreisangehörige Gemeinde"
 * @param land the Land, e.g. "Baden-Württemberg"
 * @param kreis the Kreis, or {@code null} for the few areas outside any Kreis
 * @param gemeindeverband the Gemeindeverband (Amt, Verbandsgemeinde, … or the municipality itself)
 * @param population the number of inhabitants
 * @param areaHectares the area in hectares
 * @param postcode the postcode of the municipality or its administrative seat, or {@code null}
 */
public record DirectoryMunicipality(
        String ags,
        String ars,
        String name,
        String shortName,
        String type,
        String land,
        String kreis,
        String gemeindeverband,
        int population,
        int areaHectares,
        String postcode) {}
