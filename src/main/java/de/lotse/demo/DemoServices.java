package de.lotse.demo;

import de.lotse.servicecatalog.MaturityModel;
import de.lotse.servicecatalog.MaturityModels;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The state of the demo municipalities' online services: Musterstadt well on its way, with case
 * numbers for its most used services and several shared (EfA) solutions; Beispielhausen at the start.
 * The spread of maturity levels is random but the same on every run.
 */
@Component
class DemoServices {

    /** Which department of Musterstadt is responsible for the services of a Themenfeld. */
    private static final List<String[]> MUSTERSTADT_DEPARTMENTS = List.of(
            new String[] {"Arbeit & Ruhestand", "Sozialamt"},
            new String[] {"Bauen & Wohnen", "Bauordnungsamt"},
            new String[] {"Bildung", "Schulverwaltungsamt"},
            new String[] {"Ein- & Auswanderung", "Bürgeramt"},
            new String[] {"Engagement & Hobby", "Ordnungsamt"},
            new String[] {"Familie & Kind", "Jugendamt"},
            new String[] {"Forschung & Förderung", "Hauptamt"},
            new String[] {"Gesundheit", "Sozialamt"},
            new String[] {"Mobilität & Reisen", "Ordnungsamt"},
            new String[] {"Querschnitt", "Hauptamt"},
            new String[] {"Recht & Ordnung", "Ordnungsamt"},
            new String[] {"Steuern & Zoll", "Kämmerei"},
            new String[] {"Umwelt", "Umweltamt"},
            new String[] {"Unternehmensführung & -entwicklung", "Ordnungsamt"});

    private static final List<String[]> BEISPIELHAUSEN_DEPARTMENTS = List.of(
            new String[] {"Bauen & Wohnen", "Fachbereich 3 – Bauen und Liegenschaften"},
            new String[] {"Umwelt", "Fachbereich 3 – Bauen und Liegenschaften"},
            new String[] {"Steuern & Zoll", "Fachbereich 1 – Zentrale Dienste"},
            new String[] {"Querschnitt", "Fachbereich 1 – Zentrale Dienste"});

    /** Musterstadt's most used services: name pattern, solution, provider, EfA, level, cases online, offline. */
    private static final List<Object[]> MUSTERSTADT_SOLUTIONS = List.of(
            new Object[] {
                "%Meldebescheinigung%", "Bürgerportal Musterstadt", "Kommunales Rechenzentrum", false, 4, 2310, 1890
            },
            new Object[] {"%Wohngeld%", "Wohngeld-Digital", "EfA-Lösung des Landes", true, 3, 410, 890},
            new Object[] {"%Anwohnerpark%", "Bürgerportal Musterstadt", "Kommunales Rechenzentrum", false, 3, 1220, 640
            },
            new Object[] {
                "Gewerbeanmeldung%", "Gewerbe-Service-Portal", "EfA-Lösung Nordrhein-Westfalen", true, 3, 380, 420
            },
            new Object[] {"%Hundesteuer%", "Bürgerportal Musterstadt", "Kommunales Rechenzentrum", false, 2, 150, 310},
            new Object[] {
                "Baugenehmigung%", "Digitaler Bauantrag", "EfA-Lösung Mecklenburg-Vorpommern", true, 3, 140, 260
            },
            new Object[] {"%Kindertages%", "Kita-Portal Musterstadt", "Kommunales Rechenzentrum", false, 3, 910, 300},
            new Object[] {"%Fahrzeug%zulassung%", "i-Kfz", "Kraftfahrt-Bundesamt", true, 4, 1820, 5240},
            new Object[] {"%Eheschließung%", null, null, false, 1, 0, 320},
            new Object[] {"%Sondernutzung%", null, null, false, 2, 85, 240});

    /** Musterstadt's projects that bring services online: project title, service name pattern. */
    private static final List<String[]> MUSTERSTADT_PROJECTS = List.of(
            new String[] {"Online-Gewerbeanmeldung", "Gewerbeanmeldung%"},
            new String[] {"Digitale Bauantragsstellung", "Baugenehmigung%"},
            new String[] {"Kita-Platzvergabe online", "%Kindertages%"},
            new String[] {"Digitale Sozialleistungsanträge", "%Wohngeld%"},
            new String[] {"Standesamt: digitale Urkundenbestellung", "%urkunde%"},
            new String[] {"Digitales Bürgerbüro", "%Meldebescheinigung%"});

    /** Musterstadt's applications that support services: application name, service name pattern. */
    private static final List<String[]> MUSTERSTADT_APPLICATIONS = List.of(
            new String[] {"Einwohnermeldewesen", "%Meldebescheinigung%"},
            new String[] {"Personenstandswesen", "%urkunde%"},
            new String[] {"Gewerbeamt", "Gewerbeanmeldung%"},
            new String[] {"Gewerbeportal Neu", "Gewerbeanmeldung%"},
            new String[] {"Steuern und Abgaben", "%Hundesteuer%"},
            new String[] {"Ordnungswidrigkeiten", "%Verwarnungsgeld%"});

    private final MaturityModels models;
    private final JdbcClient jdbc;

    DemoServices(MaturityModels models, JdbcClient jdbc) {
        this.models = models;
        this.jdbc = jdbc;
    }

    Void musterstadt(int year) {
        spread(0.11, new double[] {0.28, 0.50, 0.72, 0.93}, MUSTERSTADT_DEPARTMENTS);
        for (Object[] solution : MUSTERSTADT_SOLUTIONS) {
            jdbc.sql(
                            """
                            update service_status st set solution_name = :solution, solution_provider = :provider,
                                shared_solution = :shared, maturity_level = :level,
                                maturity_level_2 = case when :level = 4 then 5 else :level end, cases_year = :year,
                                cases_online = :online, cases_offline = :offline,
                                online_since = case when :level >= 3 then make_date(:year - 2, 3, 1) end,
                                online_url = case when :level >= 3 then 'https://buergerportal.musterstadt.example' end
                            from catalogue_leika_service s
                            where s.id = st.service_id and st.concerned and s.name ilike :pattern
                            """)
                    .param("pattern", solution[0])
                    .param("solution", solution[1])
                    .param("provider", solution[2])
                    .param("shared", solution[3])
                    .param("level", solution[4])
                    .param("year", year - 1)
                    .param("online", solution[5])
                    .param("offline", solution[6])
                    .update();
        }
        for (String[] link : MUSTERSTADT_APPLICATIONS) {
            jdbc.sql(
                            """
                            insert into service_application (id, tenant_id, service_id, application_id)
                            select gen_random_uuid(), a.tenant_id, s.id, a.id
                            from application a
                            cross join lateral (select s.id from catalogue_leika_service s
                                                join service_status st on st.service_id = s.id and st.concerned
                                                where s.name ilike :pattern and s.withdrawn_in is null
                                                order by s.name limit 4) s
                            where a.name = :name
                            """)
                    .param("name", link[0])
                    .param("pattern", link[1])
                    .update();
        }
        for (String[] link : MUSTERSTADT_PROJECTS) {
            jdbc.sql(
                            """
                            insert into service_project (id, tenant_id, service_id, project_id)
                            select gen_random_uuid(), p.tenant_id, s.id, p.id
                            from project p
                            cross join lateral (select s.id from catalogue_leika_service s
                                                join service_status st on st.service_id = s.id and st.concerned
                                                where s.name ilike :pattern and s.withdrawn_in is null
                                                order by s.name limit 4) s
                            where p.title = :title
                            """)
                    .param("title", link[0])
                    .param("pattern", link[1])
                    .update();
        }
        return null;
    }

    /** Beispielhausen records in the maturity model 2.0; its levels in 1.x stay from before. */
    Void beispielhausen() {
        spread(0.23, new double[] {0.55, 0.82, 0.95, 0.99}, BEISPIELHAUSEN_DEPARTMENTS);
        models.choose(MaturityModel.OZG_2, 0);
        return null;
    }

    /**
     * Gives every service the municipality provides a maturity level drawn with the given cumulative
     * weights (level 0 below the first, …, 4 above the last) and the responsible department. In the
     * model 2.0 the services at 1.x level 4 are at level 5 (data-centric), the others at the same level.
     */
    private void spread(double seed, double[] upTo, List<String[]> departments) {
        jdbc.sql("select setseed(:seed)").param("seed", seed).query(row -> {});
        jdbc.sql(
                        """
                        update service_status st set maturity_level =
                            case when x.r < :l0 then 0 when x.r < :l1 then 1 when x.r < :l2 then 2
                                 when x.r < :l3 then 3 else 4 end
                        from (select id, random() as r from service_status where concerned order by service_id) x
                        where x.id = st.id
                        """)
                .param("l0", upTo[0])
                .param("l1", upTo[1])
                .param("l2", upTo[2])
                .param("l3", upTo[3])
                .update();
        jdbc.sql(
                        "update service_status set maturity_level_2 = case when maturity_level = 4 then 5 else maturity_level end")
                .update();
        for (String[] responsibility : departments) {
            jdbc.sql(
                            """
                            update service_status st set department_id = (select id from department where name = :department)
                            from catalogue_leika_service s
                            join catalogue_ozg_service o on o.ozg_id = s.ozg_id
                            join catalogue_life_situation l on l.id = o.life_situation_id
                            join catalogue_topic t on t.id = l.topic_id
                            where s.id = st.service_id and st.concerned and t.name = :topic
                            """)
                    .param("topic", responsibility[0])
                    .param("department", responsibility[1])
                    .update();
        }
    }
}
