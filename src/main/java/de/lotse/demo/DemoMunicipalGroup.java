package de.lotse.demo;

import de.lotse.tenancy.LegalForm;
import de.lotse.tenancy.MunicipalCompanyData;
import de.lotse.tenancy.MunicipalGroup;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/** The municipal groups of the demo municipalities: a city's usual enterprises and a small town's. */
@Component
class DemoMunicipalGroup {

    private final MunicipalGroup group;

    DemoMunicipalGroup(MunicipalGroup group) {
        this.group = group;
    }

    Void musterstadt() {
        company("Stadtwerke Musterstadt GmbH", "SWM", LegalForm.GMBH, "100", "https://stadtwerke.musterstadt.example");
        company("Eigenbetrieb Abwasser Musterstadt", "EBA", LegalForm.EIGENBETRIEB, "100", null);
        company("Wohnungsbaugesellschaft Musterstadt mbH", "WBM", LegalForm.GMBH, "94.5", null);
        company("Musterstädter Verkehrsbetriebe AöR", "MVB", LegalForm.AOER, "100", null);
        company("Kommunale Datenverarbeitung Region Muster", "KDRM", LegalForm.ZWECKVERBAND, "12.5", null);
        return null;
    }

    Void beispielhausen() {
        company("Gemeindewerke Beispielhausen GmbH", "GWB", LegalForm.GMBH, "51", null);
        company("Bauhof Beispielhausen", null, LegalForm.REGIEBETRIEB, null, null);
        return null;
    }

    private void company(String name, String shortName, LegalForm legalForm, String share, String website) {
        group.create(new MunicipalCompanyData(
                name, shortName, legalForm, share == null ? null : new BigDecimal(share), website, null));
    }
}
