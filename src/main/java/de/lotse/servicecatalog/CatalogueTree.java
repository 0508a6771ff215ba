package de.lotse.servicecatalog;

import java.util.List;

/** The catalogue's levels above the LeiKa services: Themenfelder, their Lebenslagen and OZG-Leistungen. */
public record CatalogueTree(List<Topic> topics) {

    /** A Themenfeld with its Lebenslagen. */
    public record Topic(int id, String name, List<LifeSituation> lifeSituations) {

        public int ozgServiceCount() {
            return lifeSituations.stream().mapToInt(l -> l.ozgServices().size()).sum();
        }
    }

    /** A Lebens- or Geschäftslage with its OZG-Leistungen. */
    public record LifeSituation(int id, String name, List<OzgService> ozgServices) {}

    /** An OZG-Leistung with the number of its LeiKa services. */
    public record OzgService(String ozgId, String name, int leikaServices) {}
}
