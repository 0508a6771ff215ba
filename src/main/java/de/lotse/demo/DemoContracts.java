package de.lotse.demo;

import de.lotse.inventory.AnnualCosts;
import de.lotse.inventory.ApplicationChoice;
import de.lotse.inventory.ApplicationId;
import de.lotse.inventory.Applications;
import de.lotse.inventory.ContractData;
import de.lotse.inventory.Contracts;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The contracts of the demo municipalities' applications, several with a notice deadline in the
 * months after the demo is created. Contractors are invented.
 */
@Component
class DemoContracts {

    /**
     * One contract a line: application | contractor | start | end (a date; "+N" for a notice deadline
     * N months after the demo is created, at a month's end; empty for open-ended) | notice months |
     * renewal months (empty: none) | licence | maintenance | hosting | support (EUR a year) | cost
     * centre | reminder to.
     */
    private static final String MUSTERSTADT_CONTRACTS =
            """
            Einwohnermeldewesen|Meldetech Kommunal GmbH|2012-04-01|+2|6|12|18400|9200|0|2400|1220.3301|buergeramt@musterstadt.example
            Einwohnermeldewesen|Kommunales Rechenzentrum Nord|2019-01-01|2027-12-31|6|12|0|0|14500|0|1220.3301|it-vertraege@musterstadt.example
            Personenstandswesen|Meldetech Kommunal GmbH|2014-01-01|2027-12-31|6|12|6800|3400|0|900|1220.3401|standesamt@musterstadt.example
            Pass- und Ausweiswesen|Dokumentwerk AG|2010-11-01|+4|3|12|5200|2600|0|800|1220.3301|buergeramt@musterstadt.example
            Terminvergabe Bürgeramt|Wartefrei Software|2020-06-01|+1|3|12|4800|0|1200|600|1220.3301|buergeramt@musterstadt.example
            Gewerbeamt|Gewerbe-Soft Nord|2011-05-01|2027-04-30|3||3900|1950|0|0|1220.3201|ordnungsamt@musterstadt.example
            Gewerbeportal Neu|Gewerbe-Soft Nord|2026-09-01|2029-08-31|6|12|7200|0|2400|1200|1220.3201|ordnungsamt@musterstadt.example
            Ordnungswidrigkeiten|Bußgeld Systeme KG|2009-02-01|+3|3|12|6100|3050|0|1000|1220.3201|ordnungsamt@musterstadt.example
            Fundsachen|Wartefrei Software|2021-03-01|2027-02-28|3|12|1200|0|480|0|1220.3201|ordnungsamt@musterstadt.example
            Finanzwesen (Doppik)|Haushalt & Co. Software AG|2008-01-01|2028-12-31|12||42000|21000|0|6000|1110.2001|kaemmerei@musterstadt.example
            Finanzwesen (Doppik)|Kommunales Rechenzentrum Nord|2015-01-01|+5|6|12|0|0|24000|0|1110.2001|it-vertraege@musterstadt.example
            Kassenwesen|Haushalt & Co. Software AG|2008-01-01|2028-12-31|12||9600|4800|0|1500|1110.2001|kaemmerei@musterstadt.example
            Steuern und Abgaben|Haushalt & Co. Software AG|2010-01-01|2027-12-31|6|12|8400|4200|0|1200|1110.2001|kaemmerei@musterstadt.example
            E-Rechnung|Belegfluss GmbH|2020-11-27|+2|3|12|3600|0|900|0|1110.2001|kaemmerei@musterstadt.example
            Personalabrechnung|Lohnwerk Kommunal|2013-01-01|2027-12-31|6|24|15600|7800|0|2400|1110.1101|personal@musterstadt.example
            Personalmanagement|Lohnwerk Kommunal|2013-01-01|2027-12-31|6|24|9800|4900|0|1200|1110.1101|personal@musterstadt.example
            Zeiterfassung|Stempeluhr Digital GmbH|2007-06-01|2027-06-30|3||5400|2700|0|0|1110.1101|personal@musterstadt.example
            Zeitwirtschaft Cloud|Stempeluhr Digital GmbH|2026-10-01|2029-09-30|3|12|11700|0|3900|1300|1110.1101|personal@musterstadt.example
            Bewerbermanagement|Talentwerk|2022-02-01|+6|3|12|4200|0|1100|0|1110.1101|personal@musterstadt.example
            E-Akte|Aktenwerk Software GmbH|2025-01-01|2029-12-31|6|12|38000|12000|0|8000|1110.1001|it-vertraege@musterstadt.example
            E-Akte|Kommunales Rechenzentrum Nord|2025-01-01|2029-12-31|6|12|0|0|16800|0|1110.1001|it-vertraege@musterstadt.example
            Dokumentenmanagement alt|Archivar Systems|2006-01-01|2027-03-31|3||2800|1400|0|0|1110.1001|it-vertraege@musterstadt.example
            Scanstelle|Belegfluss GmbH|2019-04-01|2027-03-31|3|12|2400|1200|0|600|1110.1001|zentrale-dienste@musterstadt.example
            Ratsinformationssystem|Gremienwerk AG|2016-05-01|+1|3|12|8900|0|2600|1000|1110.1001|ratsbuero@musterstadt.example
            Gremien-App|Gremienwerk AG|2019-09-01|2027-08-31|3|12|2100|0|600|0|1110.1001|ratsbuero@musterstadt.example
            Geoinformationssystem|GeoPlan Solutions|2011-03-01|2027-12-31|6|12|14200|7100|0|1800|1510.6101|planung@musterstadt.example
            Bauantragsverfahren|BauDigital GmbH|2010-01-01|2027-12-31|6||8800|4400|0|1200|1510.6301|bauaufsicht@musterstadt.example
            Digitaler Bauantrag|Länderverbund Bau|2026-04-01||3||0|3600|0|0|1510.6301|bauaufsicht@musterstadt.example
            Bauleitplanung|GeoPlan Solutions|2015-01-01|2027-12-31|3|12|3900|1950|0|0|1510.6101|planung@musterstadt.example
            Baumkataster|Grünflächen IT|2017-04-01|+3|3|12|1800|0|600|0|1550.3601|umwelt@musterstadt.example
            Umweltinformationen|Grünflächen IT|2014-06-01|2027-05-31|3|12|2600|1300|0|0|1550.3601|umwelt@musterstadt.example
            Kita-Verwaltung|KitaPlaner GmbH|2018-01-01|2027-12-31|6|12|9600|0|2400|1200|1360.5101|jugendamt@musterstadt.example
            Kita-Elternportal|KitaPlaner GmbH|2021-01-15|2027-01-14|3|12|2400|0|900|0|1360.5101|jugendamt@musterstadt.example
            Jugendhilfe|Sozialsoft eG|2012-01-01|+4|6|12|12800|6400|0|2000|1360.5101|jugendamt@musterstadt.example
            Sozialhilfe|Sozialsoft eG|2012-01-01|2027-12-31|6|12|11600|5800|0|1800|1310.5001|sozialamt@musterstadt.example
            Wohngeld|Sozialsoft eG|2016-01-01|2027-12-31|6|12|3200|1600|0|0|1310.5001|sozialamt@musterstadt.example
            Schulverwaltung|Schulwerk Software|2015-08-01|2027-07-31|3|12|5800|2900|0|900|1210.4001|schulamt@musterstadt.example
            Schülerbeförderung|Schulwerk Software|2020-08-01|2027-07-31|3|12|1500|0|500|0|1210.4001|schulamt@musterstadt.example
            Bibliothekssystem|Leseland Software|2014-03-01|2027-02-28|3|12|3400|0|1200|0|1250.4001|bibliothek@musterstadt.example
            Friedhofsverwaltung|Ruhestätten IT|2005-01-01|2026-12-31|3||1600|800|0|0|1530.3201|ordnungsamt@musterstadt.example
            Standesamt-Terminbuchung|Wartefrei Software|2022-05-01|2027-04-30|3|12|1200|0|300|0|1220.3401|standesamt@musterstadt.example
            E-Mail und Kalender|Bürokommunikation Kommunal|2015-01-01|2027-09-30|3||21000|10500|0|3000|1110.1002|it-vertraege@musterstadt.example
            Office-Paket|Freie Büro-Software|2019-01-01||1||0|0|0|4800|1110.1002|it-vertraege@musterstadt.example
            Videokonferenz|Kommunales Rechenzentrum Nord|2020-04-01|+5|3|12|0|0|7200|1200|1110.1002|it-vertraege@musterstadt.example
            Internetauftritt (CMS)|Redaktionswerk GmbH|2017-10-01|2027-09-30|3|12|0|4200|3000|1500|1110.1003|digitalisierung@musterstadt.example
            Bürgerportal|Portalverbund Land|2021-01-01||6||0|0|0|2400|1110.1003|digitalisierung@musterstadt.example
            Formularserver|Formularwerk GmbH|2016-01-01|2027-12-31|6|12|6400|3200|0|800|1110.1003|digitalisierung@musterstadt.example
            Mängelmelder|Bürgerbeteiligung Digital|2022-04-01|+2|3|12|2400|0|800|0|1110.1003|digitalisierung@musterstadt.example
            Ticketsystem IT|Helpdesk Freunde|2016-02-01|2027-01-31|3|12|0|0|0|3600|1110.1002|it-vertraege@musterstadt.example
            Verzeichnisdienst|Netzwerk Kommunal|2012-01-01|2027-12-31|6|12|7400|3700|0|1200|1110.1002|it-vertraege@musterstadt.example
            Datensicherung|Sicherungswerk AG|2017-01-01|+6|3|12|8600|4300|0|1200|1110.1002|it-vertraege@musterstadt.example
            Druckmanagement|Netzwerk Kommunal|2015-01-01|2027-12-31|3|12|2200|1100|0|0|1110.1002|it-vertraege@musterstadt.example
            Telefonanlage|Sprachwerk Kommunal|2018-01-01|2027-12-31|6|36|0|5400|6600|1800|1110.1002|it-vertraege@musterstadt.example
            Vergabemanagement|Vergabe-Service GmbH|2018-10-18|2026-10-17|3|12|4800|0|1200|0|1110.2001|kaemmerei@musterstadt.example
            Liegenschaftsverwaltung|Immo-Kommunal|2013-01-01|2027-12-31|6|12|4100|2050|0|600|1110.2001|kaemmerei@musterstadt.example
            Wahlen|Wahlwerk Software|2014-01-01|2027-12-31|6|24|5600|2800|0|1400|1110.1001|wahlamt@musterstadt.example
            """;

    private static final String BEISPIELHAUSEN_CONTRACTS =
            """
            Einwohnermeldewesen|Meldetech Kommunal GmbH|2013-01-01|+2|6|12|3200|1600|0|400|FB2.100|verwaltung@beispielhausen.example
            Finanzwesen|Haushalt & Co. Software AG|2011-01-01|2027-12-31|6|12|7800|3900|0|900|FB1.100|kasse@beispielhausen.example
            Personalabrechnung|Lohnwerk Kommunal|2014-01-01|+4|3|12|1800|900|0|0|FB1.110|verwaltung@beispielhausen.example
            Ratsinformationssystem|Gremienwerk AG|2020-01-01|2027-12-31|3|12|2400|0|600|0|FB1.100|verwaltung@beispielhausen.example
            """;

    private final Applications applications;
    private final Contracts contracts;
    private final Clock clock;

    DemoContracts(Applications applications, Contracts contracts, Clock clock) {
        this.applications = applications;
        this.contracts = contracts;
        this.clock = clock;
    }

    Void musterstadt() {
        return create(MUSTERSTADT_CONTRACTS);
    }

    Void beispielhausen() {
        return create(BEISPIELHAUSEN_CONTRACTS);
    }

    private Void create(String lines) {
        Map<String, ApplicationId> byName = applications.choices().stream()
                .collect(Collectors.toMap(ApplicationChoice::name, ApplicationChoice::id, (a, b) -> a));
        LocalDate today = LocalDate.now(clock);
        lines.lines().filter(line -> !line.isBlank()).forEach(line -> {
            String[] f = line.split("\\|", -1);
            ApplicationId application = byName.get(f[0]);
            if (application == null) {
                throw new IllegalStateException("no demo application " + f[0]);
            }
            int notice = Integer.parseInt(f[4]);
            LocalDate ends = f[3].startsWith("+")
                    ? today.plusMonths(Integer.parseInt(f[3].substring(1)) + (long) notice)
                            .with(TemporalAdjusters.lastDayOfMonth())
                    : f[3].isBlank() ? null : LocalDate.parse(f[3]);
            boolean renews = !f[5].isBlank();
            contracts.create(
                    application,
                    new ContractData(
                            f[1],
                            LocalDate.parse(f[2]),
                            ends,
                            notice,
                            renews,
                            renews ? Integer.valueOf(f[5]) : null,
                            new AnnualCosts(
                                    new BigDecimal(f[6]),
                                    new BigDecimal(f[7]),
                                    new BigDecimal(f[8]),
                                    new BigDecimal(f[9])),
                            f[10],
                            f[11]));
        });
        return null;
    }
}
