package de.lotse.servicecatalog;

import java.util.List;

/**
 * One complete catalogue of administrative services as read from its files, before it is applied:
 * Themenfelder, Lebenslagen, OZG-Leistungen and LeiKa services, each level referring to the one
 * above by its natural key.
 *
 * @param checksum SHA-256 of the files, to recognise a catalogue that was applied already
 */
public record Catalogue(
        List<Topic> topics,
        List<LifeSituation> lifeSituations,
        List<OzgService> ozgServices,
        List<LeikaService> leikaServices,
        String checksum) {

    /** A Themenfeld. */
    public record Topic(String name, int position) {}

    /** A Lebens- or Geschäftslage within its Themenfeld. */
    public record LifeSituation(String topic, String name) {}

    /** An OZG-Leistung (Leistungsbündel) with its 5-digit OZG-ID. */
    public record OzgService(String ozgId, String name, String topic, String lifeSituation) {}

    /**
     * A LeiKa service.
     *
     * @param key the 14-digit LeiKa key; {@code null} for services the LeiKa does not list
     * @param type the LeiKa type (who regulates and who executes), e.g. {@code 2/3}
     * @param ozgId the OZG-Leistung it belongs to, or {@code null}
     */
    public record LeikaService(
            String key,
            String name,
            String type,
            String ozgId,
            boolean sdg1,
            boolean sdg2,
            String legalBasis,
            String laws,
            String lawAbbreviations) {

        /** What identifies the service across catalogues: its key, else its OZG-Leistung and name. */
        public String identity() {
            return key != null ? key : (ozgId == null ? "" : ozgId) + "|" + name;
        }
    }
}
