package de.lotse.demo;

import de.lotse.inventory.Application;
import de.lotse.inventory.ApplicationData;
import de.lotse.inventory.ApplicationId;
import de.lotse.inventory.ApplicationInterfaceData;
import de.lotse.inventory.ApplicationInterfaces;
import de.lotse.inventory.Applications;
import de.lotse.inventory.Criticality;
import de.lotse.inventory.Hosting;
import de.lotse.inventory.Lifecycle;
import de.lotse.inventory.ProtectionNeed;
import de.lotse.tenancy.DepartmentId;
import de.lotse.tenancy.Departments;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The software landscape of the demo municipalities: Musterstadt's some sixty applications with their
 * departments, assessment, successors and interfaces, and Beispielhausen's few. Vendors and products
 * are invented.
 */
@Component
class DemoInventory {

    /**
     * One application a line: name | vendor | product | version | purpose | departments (short names)
     * | responsible | hosting (O own, M municipal provider, C cloud) | users | lifecycle (P planned, E
     * introduction, U in use, R to be replaced, X retired) | introduced on | retire by | functional fit
     * | technical fit | criticality (L, M, H) | personal data (j/n) | protection need (N, H, V) | open
     * source (j/n) | licence | successor.
     */
    private static final String MUSTERSTADT =
            """
            Einwohnermeldewesen|Meldetech Kommunal GmbH|MeldeProfi|8.4|Melderegister, Meldebescheinigungen, Auskünfte|33|Fatma Yilmaz|M|45|U|2012-04-01||4|3|H|j|H|n||
            Personenstandswesen|Meldetech Kommunal GmbH|StandPlus|5.2|Beurkundungen, Personenstandsregister|34|Heike Wolf|M|12|U|2014-01-01||4|3|H|j|V|n||
            Pass- und Ausweiswesen|Dokumentwerk AG|AusweisManager|3.9|Anträge auf Pässe und Personalausweise|33|Fatma Yilmaz|M|25|U|2010-11-01||3|3|H|j|H|n||
            Terminvergabe Bürgeramt|Wartefrei Software|Termino|2.1|Online-Terminbuchung und Aufruf im Wartebereich|33|Fatma Yilmaz|C|30|U|2020-06-01||3|4|M|j|N|n||
            Gewerbeamt|Gewerbe-Soft Nord|GewerbeOnline|4.0|Gewerbean-, -um- und -abmeldungen|32|Claudia Richter|M|8|U|2011-05-01||2|2|M|j|H|n||Gewerbeportal Neu
            Gewerbeportal Neu|Gewerbe-Soft Nord|GewerbeCloud|1.0|Gewerbeanzeigen durchgängig digital|32|Claudia Richter|C|8|E|2026-09-01||3|4|M|j|H|n||
            Ordnungswidrigkeiten|Bußgeld Systeme KG|OWi-Verfahren|7.1|Verwarnungen, Bußgeldverfahren im ruhenden Verkehr|32|Claudia Richter|M|14|U|2009-02-01||3|2|M|j|H|n||
            Fundsachen|Wartefrei Software|Fundbüro online|1.3|Fundsachenverwaltung mit Online-Suche|32|Claudia Richter|C|4|U|2021-03-01||3|4|L|j|N|n||
            Finanzwesen (Doppik)|Haushalt & Co. Software AG|KommFinanz|12.2|Haushaltsplanung, Buchhaltung, Anlagenbuchhaltung|20,10|Markus Brandt|M|120|U|2008-01-01|2028-12-31|3|2|H|j|H|n||Finanzwesen Cloud
            Finanzwesen Cloud|Haushalt & Co. Software AG|KommFinanz Cloud|1.0|Nachfolger des Finanzwesens als SaaS|20|Markus Brandt|C|120|P|2028-01-01||3|4|H|j|H|n||
            Kassenwesen|Haushalt & Co. Software AG|KommKasse|12.2|Zahlungsverkehr, Mahnwesen, Vollstreckung|20|Markus Brandt|M|18|U|2008-01-01||3|3|H|j|H|n||
            Steuern und Abgaben|Haushalt & Co. Software AG|KommSteuer|9.0|Grundsteuer, Gewerbesteuer, Hundesteuer|20|Markus Brandt|M|10|U|2010-01-01||4|3|H|j|H|n||
            E-Rechnung|Belegfluss GmbH|XRechnungsEingang|2.4|Empfang und Prüfung elektronischer Rechnungen (XRechnung)|20|Markus Brandt|C|60|U|2020-11-27||4|4|M|n|N|n||
            Personalabrechnung|Lohnwerk Kommunal|PayKomm|6.3|Entgelt- und Besoldungsabrechnung|11|Sabine König|M|6|U|2013-01-01||3|3|H|j|V|n||
            Personalmanagement|Lohnwerk Kommunal|PersonalPlus|6.3|Personalakten, Stellenplan, Beurteilungen|11|Sabine König|M|9|U|2013-01-01||2|3|H|j|V|n||
            Zeiterfassung|Stempeluhr Digital GmbH|ZeitKonto|4.8|Arbeitszeit, Urlaub, Dienstpläne|11,10|Sabine König|O|650|R|2007-06-01|2027-06-30|2|1|M|j|H|n||Zeitwirtschaft Cloud
            Zeitwirtschaft Cloud|Stempeluhr Digital GmbH|ZeitKonto Cloud|1.2|Zeiterfassung im Browser und per App|11|Sabine König|C|650|E|2026-10-01||4|4|M|j|H|n||
            Bewerbermanagement|Talentwerk|Karriereportal Kommune|3.0|Stellenausschreibungen und Online-Bewerbungen|11|Sabine König|C|15|U|2022-02-01||4|4|L|j|H|n||
            E-Akte|Aktenwerk Software GmbH|AktenPlus|10.1|Elektronische Akte und Vorgangsbearbeitung|10,20,33,63,50,SD|Jonas Becker|M|420|E|2025-01-01||3|4|H|j|H|n||
            Dokumentenmanagement alt|Archivar Systems|DocuStore|5.5|Ablage gescannter Dokumente|10,63|Jonas Becker|O|150|R|2006-01-01|2027-03-31|1|1|M|j|H|n||E-Akte
            Scanstelle|Belegfluss GmbH|ScanFlow|3.2|Posteingang digitalisieren und verteilen|10|Thomas Weber|O|6|U|2019-04-01||3|3|M|j|H|n||
            Ratsinformationssystem|Gremienwerk AG|SitzungsPro|7.0|Sitzungsdienst, Vorlagen, Niederschriften, Ratsinformationen|10|Thomas Weber|C|180|U|2016-05-01||3|4|M|j|N|n||
            Gremien-App|Gremienwerk AG|SitzungsPro Mobil|2.0|Sitzungsunterlagen für Ratsmitglieder auf Tablets|10|Thomas Weber|C|60|U|2019-09-01||4|4|L|j|N|n||
            Geoinformationssystem|GeoPlan Solutions|KommunalGIS|2024.2|Karten, Liegenschaftskataster, Fachschalen|61,63,36|Peter Braun|O|90|U|2011-03-01||4|2|M|j|N|n||
            Geoportal|Geodaten-Kooperative|OpenGeoPortal|3.4|Öffentliche Karten und Geodienste|61|Peter Braun|M|5|U|2018-07-01||3|4|L|n|N|j|GPL-3.0-or-later|
            Bauantragsverfahren|BauDigital GmbH|BauAkte|9.3|Bauanträge, Stellungnahmen, Genehmigungen|63|Nicole Lange|M|35|R|2010-01-01|2027-12-31|2|2|H|j|H|n||Digitaler Bauantrag
            Digitaler Bauantrag|Länderverbund Bau|Bauportal (EfA)|1.5|Bauanträge online nach dem Einer-für-Alle-Prinzip|63|Nicole Lange|M|35|E|2026-04-01||4|4|H|j|H|j|EUPL-1.2|
            Bauleitplanung|GeoPlan Solutions|PlanWerk|4.1|Bebauungspläne, Beteiligungsverfahren|61|Peter Braun|O|14|U|2015-01-01||3|3|M|n|N|n||
            Baumkataster|Grünflächen IT|BaumInfo|2.2|Baumkontrollen und Pflegemaßnahmen|36|Julia Schäfer|C|10|U|2017-04-01||3|4|L|n|N|n||
            Umweltinformationen|Grünflächen IT|UmweltAkte|1.8|Altlasten, Gewässer, Immissionsschutz|36|Julia Schäfer|O|12|U|2014-06-01||2|2|M|j|N|n||
            Kita-Verwaltung|KitaPlaner GmbH|KitaPlan|5.0|Platzvergabe, Betreuungsverträge, Elternbeiträge|51|Daniel Hahn|C|40|U|2018-01-01||4|4|H|j|H|n||
            Kita-Elternportal|KitaPlaner GmbH|KitaPlan Eltern|2.3|Vormerkung von Kitaplätzen durch Eltern|51|Daniel Hahn|C|40|U|2021-01-15||4|4|M|j|H|n||
            Jugendhilfe|Sozialsoft eG|JugendAkte|11.0|Hilfen zur Erziehung, wirtschaftliche Jugendhilfe|51|Daniel Hahn|M|55|U|2012-01-01||3|2|H|j|V|n||
            Sozialhilfe|Sozialsoft eG|SozialAkte|11.0|Leistungen nach SGB XII, Asylbewerberleistungen|50|Birgit Schulz|M|48|U|2012-01-01||3|2|H|j|V|n||
            Wohngeld|Sozialsoft eG|WohngeldPlus|4.2|Wohngeldanträge und Bescheide|50|Birgit Schulz|M|10|U|2016-01-01||3|3|M|j|H|n||
            Schulverwaltung|Schulwerk Software|SchulNet|6.6|Schülerdaten, Schulentwicklungsplanung|40|Michael Krüger|M|30|U|2015-08-01||3|3|M|j|H|n||
            Schülerbeförderung|Schulwerk Software|FahrkartePlus|2.0|Anträge auf Schülerfahrkarten|40|Michael Krüger|C|5|U|2020-08-01||4|4|L|j|N|n||
            Schul-WLAN-Verwaltung|Netzwerk Kommunal|SchulNetz Admin|3.1|Verwaltung der Netze und Endgeräte in Schulen|40,10.2|Michael Krüger|M|8|U|2021-06-01||3|4|M|n|N|n||
            Bibliothekssystem|Leseland Software|BiblioKomm|4.5|Ausleihe, Katalog, Online-Katalog|40|Michael Krüger|C|12|U|2014-03-01||3|3|L|j|N|n||
            Friedhofsverwaltung|Ruhestätten IT|FriedhofPro|3.0|Grabstellen, Gebühren, Bestattungen|32|Claudia Richter|O|5|R|2005-01-01|2026-12-31|2|1|L|j|N|n||
            Standesamt-Terminbuchung|Wartefrei Software|Termino|2.1|Termine für Eheschließungen und Beurkundungen|34|Heike Wolf|C|6|U|2022-05-01||3|4|L|j|N|n||
            E-Mail und Kalender|Bürokommunikation Kommunal|MailKomm|2019|E-Mail, Kalender, Kontakte|10,11,20,32,33,34,36,40,50,51,61,63,SD|Jonas Becker|O|700|R|2015-01-01|2027-09-30|3|1|H|j|H|n||Arbeitsplatz Kommunal
            Arbeitsplatz Kommunal|Bürokommunikation Kommunal|Kollaborationssuite|2026|E-Mail, Dateiablage, Zusammenarbeit|10,11,20,32,33,34,36,40,50,51,61,63,SD|Jonas Becker|M|700|P|2027-01-01||4|4|H|j|H|n||
            Office-Paket|Freie Büro-Software|FreiOffice|24.8|Textverarbeitung, Tabellen, Präsentationen|10,11,20,32,33,34,36,40,50,51,61,63,SD|Jonas Becker|O|700|U|2019-01-01||3|4|M|n|N|j|MPL-2.0|
            Videokonferenz|Freie Kommunikation e.V.|OpenKonferenz|2.7|Videokonferenzen für Verwaltung und Gremien|10,SD|Jonas Becker|M|300|U|2020-04-01||4|4|M|j|N|j|AGPL-3.0-only|
            Messenger|Freie Kommunikation e.V.|KommChat|1.9|Dienstlicher Messenger|10.2,SD|Jonas Becker|M|120|E|2026-03-01||3|4|L|j|N|j|Apache-2.0|
            Internetauftritt (CMS)|Redaktionswerk GmbH|StadtCMS|7.3|Redaktion des Internetauftritts der Stadt|10,SD|Dana Albers|C|25|U|2017-10-01||2|3|M|n|N|j|GPL-2.0-or-later|
            Bürgerportal|Portalverbund Land|Serviceportal|3.2|Online-Anträge, Servicekonto, Postfach|SD,33|Dana Albers|M|10|U|2021-01-01||3|4|H|j|H|n||
            Formularserver|Formularwerk GmbH|FormFlow|5.1|Online-Formulare und Antragsassistenten|SD,33,32|Dana Albers|M|8|U|2016-01-01||2|2|M|j|H|n||Bürgerportal
            Mängelmelder|Bürgerbeteiligung Digital|Meldeplattform|2.0|Meldungen zu Schlaglöchern, Müll, Beleuchtung|SD,36|Dana Albers|C|20|U|2022-04-01||4|4|L|j|N|n||
            Beteiligungsplattform|Bürgerbeteiligung Digital|MitredenOnline|1.4|Online-Beteiligung zu Planungen|61,SD|Peter Braun|C|6|U|2023-03-01||3|4|L|j|N|j|EUPL-1.2|
            Ticketsystem IT|Helpdesk Freunde|OpenTicket|6.1|Störungen und Anfragen an die IT|10.2|Jonas Becker|O|700|U|2016-02-01||3|3|M|j|N|j|GPL-3.0-only|
            IT-Inventarisierung|Helpdesk Freunde|AssetDB|2.4|Geräte, Lizenzen, Software|10.2|Jonas Becker|O|5|U|2018-05-01||2|3|L|n|N|j|GPL-3.0-only|
            Verzeichnisdienst|Netzwerk Kommunal|KommDirectory|2022|Anmeldung, Benutzer und Gruppen|10.2|Jonas Becker|O|700|U|2012-01-01||3|2|H|j|H|n||
            Datensicherung|Sicherungswerk AG|BackupKomm|11.5|Sicherung der Server und Fachverfahren|10.2|Jonas Becker|O|3|U|2017-01-01||3|3|H|j|H|n||
            Druckmanagement|Netzwerk Kommunal|PrintKomm|4.0|Zentrales Drucken und Abrechnung|10.2|Jonas Becker|O|700|U|2015-01-01||2|2|L|n|N|n||
            Telefonanlage|Sprachwerk Kommunal|VoiceKomm|9.2|Telefonie und Anrufverteilung|10.2,33|Jonas Becker|M|700|U|2018-01-01||3|3|M|j|N|n||
            Behördennummer 115|Portalverbund Land|115-Wissensdatenbank|2.0|Auskünfte des Servicecenters|33|Fatma Yilmaz|M|15|U|2019-01-01||3|4|L|n|N|n||
            Vergabemanagement|Vergabe-Service GmbH|eVergabe|8.0|Ausschreibungen und elektronische Angebote|20,10|Markus Brandt|C|12|U|2018-10-18||3|4|M|j|N|n||
            Vertragsverwaltung|Aktenwerk Software GmbH|VertragsAkte|1.0|Verträge, Fristen, Kündigungen|10,20|Thomas Weber|M|20|P|2027-01-01||3|4|M|j|N|n||
            Liegenschaftsverwaltung|Immo-Kommunal|GebäudePlan|3.3|Gebäude, Flächen, Mietverträge|20,63|Markus Brandt|O|9|U|2013-01-01||2|2|M|j|N|n||
            Wahlen|Wahlwerk Software|WahlOnline|5.0|Wahlvorbereitung, Wahlbenachrichtigung, Ergebnisse|10,33|Thomas Weber|M|20|U|2014-01-01||4|3|H|j|H|n||
            Fahrzeugverwaltung|Fuhrpark Digital|FuhrparkPro|2.0|Dienstfahrzeuge, Buchung, Wartung|10|Thomas Weber|O|40|X|2009-01-01|2024-12-31|1|1|L|n|N|n||
            Hundesteuermarken|Haushalt & Co. Software AG|KommSteuer Marken|1.0|Ausgabe der Hundesteuermarken|20|Markus Brandt|O|3|X|2007-01-01|2023-06-30|1|2|L|j|N|n||Steuern und Abgaben
            """;

    private static final String MUSTERSTADT_INTERFACES =
            """
            Einwohnermeldewesen|Wahlen|Wählerverzeichnis aus dem Melderegister
            Einwohnermeldewesen|Steuern und Abgaben|Anschriften und Zuzüge (Hundesteuer, Grundsteuer)
            Einwohnermeldewesen|Personenstandswesen|Meldedaten (XMeld)
            Personenstandswesen|Einwohnermeldewesen|Beurkundungen (XPersonenstand)
            Einwohnermeldewesen|Schulverwaltung|Schulpflichtige Kinder
            Einwohnermeldewesen|Kita-Verwaltung|Kinder im Kita-Alter
            Pass- und Ausweiswesen|Einwohnermeldewesen|Ausgestellte Dokumente
            Terminvergabe Bürgeramt|Einwohnermeldewesen|Gebuchte Termine mit Anliegen
            Steuern und Abgaben|Kassenwesen|Sollstellungen
            Finanzwesen (Doppik)|Kassenwesen|Anordnungen und Buchungen
            E-Rechnung|Finanzwesen (Doppik)|Geprüfte Rechnungen (XRechnung)
            Personalabrechnung|Finanzwesen (Doppik)|Personalkosten je Kostenstelle
            Zeiterfassung|Personalabrechnung|Zeitzuschläge und Fehlzeiten
            Personalmanagement|Personalabrechnung|Stammdaten der Beschäftigten
            Bewerbermanagement|Personalmanagement|Eingestellte Bewerberinnen und Bewerber
            Scanstelle|E-Akte|Gescannter Posteingang
            Dokumentenmanagement alt|E-Akte|Altbestand der Ablage (Migration)
            Ratsinformationssystem|E-Akte|Beschlüsse und Niederschriften
            Ratsinformationssystem|Gremien-App|Sitzungsunterlagen
            Ratsinformationssystem|Internetauftritt (CMS)|Öffentliche Sitzungstermine
            Bürgerportal|E-Akte|Online-Anträge (XÖV)
            Formularserver|Bürgerportal|Antragsdaten
            Digitaler Bauantrag|Bauantragsverfahren|Bauanträge (XBau)
            Geoinformationssystem|Bauantragsverfahren|Flurstücke und Bebauungspläne
            Geoinformationssystem|Geoportal|Karten und Geodienste (WMS)
            Bauleitplanung|Geoinformationssystem|Planzeichnungen (XPlanung)
            Kita-Elternportal|Kita-Verwaltung|Vormerkungen
            Kita-Verwaltung|Kassenwesen|Elternbeiträge
            Sozialhilfe|Kassenwesen|Auszahlungen
            Jugendhilfe|Kassenwesen|Auszahlungen
            Verzeichnisdienst|E-Mail und Kalender|Benutzerkonten
            Verzeichnisdienst|Ticketsystem IT|Benutzerkonten
            Mängelmelder|Ticketsystem IT|Meldungen zur Straßenbeleuchtung
            Vergabemanagement|Finanzwesen (Doppik)|Zuschläge und Auftragswerte
            Ordnungswidrigkeiten|Kassenwesen|Verwarn- und Bußgelder
            """;

    private static final String BEISPIELHAUSEN =
            """
            Einwohnermeldewesen|Meldetech Kommunal GmbH|MeldeProfi|8.4|Melderegister und Auskünfte|FB 2|Uwe Koch|M|6|U|2013-01-01||4|3|H|j|H|n||
            Finanzwesen|Haushalt & Co. Software AG|KommFinanz|12.2|Haushalt und Buchhaltung|FB 1|Lea Schmidt|M|12|U|2011-01-01||3|3|H|j|H|n||
            Personalabrechnung|Lohnwerk Kommunal|PayKomm|6.3|Entgeltabrechnung|FB 1|Lea Schmidt|M|2|U|2014-01-01||3|3|H|j|V|n||
            Bauakte|BauDigital GmbH|BauAkte|9.3|Bauanträge und Genehmigungen|FB 3|Eva Bauer|M|4|R|2012-01-01|2027-12-31|2|2|M|j|H|n||Digitaler Bauantrag
            Digitaler Bauantrag|Länderverbund Bau|Bauportal (EfA)|1.5|Bauanträge online|FB 3|Eva Bauer|M|4|E|2026-06-01||4|4|M|j|H|j|EUPL-1.2|
            E-Mail und Office|Bürokommunikation Kommunal|MailKomm|2019|E-Mail und Büroanwendungen|FB 1,FB 2,FB 3|Lea Schmidt|M|45|U|2016-01-01||3|2|M|j|H|n||
            Internetauftritt|Redaktionswerk GmbH|StadtCMS|7.3|Internetauftritt der Gemeinde|FB 1|Lea Schmidt|C|3|U|2019-01-01||3|4|L|n|N|j|GPL-2.0-or-later|
            Ratsinformationssystem|Gremienwerk AG|SitzungsPro|7.0|Sitzungsdienst und Ratsinformationen|FB 1|Lea Schmidt|C|25|U|2020-01-01||4|4|M|j|N|n||
            """;

    private static final String BEISPIELHAUSEN_INTERFACES =
            """
            Einwohnermeldewesen|Finanzwesen|Anschriften für Abgabenbescheide
            Digitaler Bauantrag|Bauakte|Bauanträge (XBau)
            Personalabrechnung|Finanzwesen|Personalkosten
            """;

    private final Applications applications;
    private final ApplicationInterfaces interfaces;
    private final Departments departments;

    DemoInventory(Applications applications, ApplicationInterfaces interfaces, Departments departments) {
        this.applications = applications;
        this.interfaces = interfaces;
        this.departments = departments;
    }

    Void musterstadt() {
        landscape(MUSTERSTADT, MUSTERSTADT_INTERFACES);
        return null;
    }

    Void beispielhausen() {
        landscape(BEISPIELHAUSEN, BEISPIELHAUSEN_INTERFACES);
        return null;
    }

    private void landscape(String applicationLines, String interfaceLines) {
        Map<String, DepartmentId> byShortName = new HashMap<>();
        departments.tree().entries().forEach(entry -> {
            var department = entry.department();
            byShortName.put(
                    department.shortName() == null ? department.name() : department.shortName(), department.id());
        });
        Map<String, ApplicationId> byName = new LinkedHashMap<>();
        Map<String, String> successors = new LinkedHashMap<>();
        applicationLines.lines().filter(line -> !line.isBlank()).forEach(line -> {
            String[] f = Arrays.copyOf(line.split("\\|", -1), 20);
            Set<DepartmentId> used = Arrays.stream(f[5].split(","))
                    .map(String::strip)
                    .map(name -> {
                        DepartmentId id = byShortName.get(name);
                        if (id == null) {
                            throw new IllegalStateException("no demo department " + name);
                        }
                        return id;
                    })
                    .collect(Collectors.toSet());
            Application created = applications.create(new ApplicationData(
                    f[0],
                    f[1],
                    f[2],
                    f[3],
                    f[4],
                    used,
                    f[6],
                    hosting(f[7]),
                    Integer.valueOf(f[8]),
                    lifecycle(f[9]),
                    date(f[10]),
                    date(f[11]),
                    Integer.valueOf(f[12]),
                    Integer.valueOf(f[13]),
                    criticality(f[14]),
                    "j".equals(f[15]),
                    protectionNeed(f[16]),
                    "j".equals(f[17]),
                    f[18],
                    null));
            byName.put(f[0], created.id());
            if (f[19] != null && !f[19].isBlank()) {
                successors.put(f[0], f[19]);
            }
        });
        successors.forEach((name, successor) -> {
            ApplicationId id = byName.get(name);
            Application application = applications.get(id);
            applications.update(id, application.version(), application.data().withSuccessor(byName.get(successor)));
        });
        interfaceLines.lines().filter(line -> !line.isBlank()).forEach(line -> {
            String[] f = line.split("\\|");
            interfaces.create(byName.get(f[0]), new ApplicationInterfaceData(byName.get(f[1]), f[2]));
        });
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text);
    }

    private static Hosting hosting(String code) {
        return switch (code) {
            case "O" -> Hosting.ON_PREMISES;
            case "M" -> Hosting.MUNICIPAL_PROVIDER;
            default -> Hosting.CLOUD;
        };
    }

    private static Lifecycle lifecycle(String code) {
        return switch (code) {
            case "P" -> Lifecycle.PLANNED;
            case "E" -> Lifecycle.INTRODUCTION;
            case "R" -> Lifecycle.TO_BE_REPLACED;
            case "X" -> Lifecycle.RETIRED;
            default -> Lifecycle.IN_USE;
        };
    }

    private static Criticality criticality(String code) {
        return switch (code) {
            case "L" -> Criticality.LOW;
            case "M" -> Criticality.MEDIUM;
            default -> Criticality.HIGH;
        };
    }

    private static ProtectionNeed protectionNeed(String code) {
        return switch (code) {
            case "H" -> ProtectionNeed.HIGH;
            case "V" -> ProtectionNeed.VERY_HIGH;
            default -> ProtectionNeed.NORMAL;
        };
    }
}
