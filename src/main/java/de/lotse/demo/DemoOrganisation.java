package de.lotse.demo;

import de.lotse.tenancy.Department;
import de.lotse.tenancy.DepartmentData;
import de.lotse.tenancy.DepartmentId;
import de.lotse.tenancy.DepartmentLevel;
import de.lotse.tenancy.Departments;
import org.springframework.stereotype.Component;

/** The departments of the demo municipalities, as a mid-sized city and a small town organise. */
@Component
class DemoOrganisation {

    private final Departments departments;

    DemoOrganisation(Departments departments) {
        this.departments = departments;
    }

    Void musterstadt() {
        department("Stabsstelle Digitalisierung", "SD", DepartmentLevel.STAFF_UNIT, null, "Dana Albers", "digital");

        DepartmentId one = directorate("Dezernat I – Verwaltungsführung und Finanzen", "Dez. I", "Dr. Karin Vogt");
        DepartmentId main = office("Hauptamt", "10", one, "Thomas Weber", "hauptamt");
        department("Abteilung Organisation und IT", "10.2", DepartmentLevel.UNIT, main, "Jonas Becker", "it");
        office("Personalamt", "11", one, "Sabine König", "personal");
        office("Kämmerei", "20", one, "Markus Brandt", "kaemmerei");

        DepartmentId two = directorate("Dezernat II – Bürgerdienste und Ordnung", "Dez. II", "Stefan Neumann");
        office("Ordnungsamt", "32", two, "Claudia Richter", "ordnungsamt");
        office("Bürgeramt", "33", two, "Fatma Yilmaz", "buergeramt");
        office("Standesamt", "34", two, "Heike Wolf", "standesamt");

        DepartmentId three = directorate("Dezernat III – Bildung, Jugend und Soziales", "Dez. III", "Anna Lorenz");
        office("Schulverwaltungsamt", "40", three, "Michael Krüger", "schulamt");
        office("Sozialamt", "50", three, "Birgit Schulz", "sozialamt");
        office("Jugendamt", "51", three, "Daniel Hahn", "jugendamt");

        DepartmentId four = directorate("Dezernat IV – Planen, Bauen und Umwelt", "Dez. IV", "Ralf Zimmermann");
        office("Umweltamt", "36", four, "Julia Schäfer", "umweltamt");
        office("Stadtplanungsamt", "61", four, "Peter Braun", "stadtplanung");
        office("Bauordnungsamt", "63", four, "Nicole Lange", "bauordnung");
        return null;
    }

    Void beispielhausen() {
        department("Fachbereich 1 – Zentrale Dienste", "FB 1", DepartmentLevel.OFFICE, null, "Lea Schmidt", null);
        department("Fachbereich 2 – Bürgerservice und Ordnung", "FB 2", DepartmentLevel.OFFICE, null, "Uwe Koch", null);
        department("Fachbereich 3 – Bauen und Liegenschaften", "FB 3", DepartmentLevel.OFFICE, null, "Eva Bauer", null);
        return null;
    }

    private DepartmentId directorate(String name, String shortName, String head) {
        return department(name, shortName, DepartmentLevel.DIRECTORATE, null, head, null);
    }

    private DepartmentId office(String name, String shortName, DepartmentId parent, String head, String mailbox) {
        return department(name, shortName, DepartmentLevel.OFFICE, parent, head, mailbox);
    }

    private DepartmentId department(
            String name, String shortName, DepartmentLevel level, DepartmentId parent, String head, String mailbox) {
        String email = mailbox == null ? null : mailbox + "@musterstadt.example";
        Department department = departments.create(new DepartmentData(name, shortName, level, parent, head, email));
        return department.id();
    }
}
