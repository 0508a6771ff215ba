package de.lotse.servicecatalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A catalogue compared with the one in the database: what applying it adds, changes and withdraws,
 * and, for writing it, the kind of change of each service by its identity.
 */
record CatalogueComparison(
        CatalogueChanges changes,
        Map<String, CatalogueChanges.Kind> ozgKinds,
        Map<String, CatalogueChanges.Kind> leikaKinds,
        List<Catalogue.LeikaService> withdrawnLeika) {

    private record Existing<T>(T service, boolean withdrawn) {}

    /** Compares the catalogue with the one in the database. */
    static CatalogueComparison of(JdbcClient jdbc, Catalogue catalogue) {
        Map<String, Existing<Catalogue.OzgService>> currentOzg = new HashMap<>();
        jdbc.sql(
                        """
                        select o.ozg_id, o.name, t.name as topic, l.name as life_situation, o.withdrawn_in
                        from catalogue_ozg_service o join catalogue_life_situation l on l.id = o.life_situation_id
                        join catalogue_topic t on t.id = l.topic_id
                        """)
                .query(rs -> {
                    var service = new Catalogue.OzgService(
                            rs.getString("ozg_id"),
                            rs.getString("name"),
                            rs.getString("topic"),
                            rs.getString("life_situation"));
                    currentOzg.put(service.ozgId(), new Existing<>(service, rs.getObject("withdrawn_in") != null));
                });
        Map<String, Existing<Catalogue.LeikaService>> currentLeika = new HashMap<>();
        jdbc.sql(
                        """
                        select leika_key, name, leika_type, ozg_id, sdg1, sdg2, legal_basis, laws, law_abbreviations,
                               withdrawn_in
                        from catalogue_leika_service
                        """)
                .query(rs -> {
                    var service = new Catalogue.LeikaService(
                            rs.getString("leika_key"),
                            rs.getString("name"),
                            rs.getString("leika_type"),
                            rs.getString("ozg_id"),
                            rs.getBoolean("sdg1"),
                            rs.getBoolean("sdg2"),
                            rs.getString("legal_basis"),
                            rs.getString("laws"),
                            rs.getString("law_abbreviations"));
                    currentLeika.put(service.identity(), new Existing<>(service, rs.getObject("withdrawn_in") != null));
                });
        Map<String, CatalogueChanges.Kind> ozgKinds = new HashMap<>();
        List<CatalogueChanges.Change> ozgChanges = compare(
                catalogue.ozgServices(),
                currentOzg,
                Catalogue.OzgService::ozgId,
                Catalogue.OzgService::ozgId,
                Catalogue.OzgService::name,
                ozgKinds,
                new ArrayList<>());
        Map<String, CatalogueChanges.Kind> leikaKinds = new HashMap<>();
        List<Catalogue.LeikaService> withdrawnLeika = new ArrayList<>();
        List<CatalogueChanges.Change> leikaChanges = compare(
                catalogue.leikaServices(),
                currentLeika,
                Catalogue.LeikaService::identity,
                service -> service.key() == null ? "" : service.key(),
                Catalogue.LeikaService::name,
                leikaKinds,
                withdrawnLeika);
        return new CatalogueComparison(
                new CatalogueChanges(ozgChanges, leikaChanges), ozgKinds, leikaKinds, withdrawnLeika);
    }

    private static <T> List<CatalogueChanges.Change> compare(
            List<T> next,
            Map<String, Existing<T>> current,
            Function<T, String> identity,
            Function<T, String> key,
            Function<T, String> name,
            Map<String, CatalogueChanges.Kind> kinds,
            List<T> withdrawn) {
        List<CatalogueChanges.Change> changes = new ArrayList<>();
        for (T service : next) {
            Existing<T> existing = current.get(identity.apply(service));
            CatalogueChanges.Kind kind = existing == null
                    ? CatalogueChanges.Kind.ADDED
                    : !existing.service().equals(service) || existing.withdrawn()
                            ? CatalogueChanges.Kind.CHANGED
                            : null;
            if (kind != null) {
                kinds.put(identity.apply(service), kind);
                changes.add(new CatalogueChanges.Change(kind, key.apply(service), name.apply(service)));
            }
        }
        Set<String> listed = next.stream().map(identity).collect(Collectors.toSet());
        current.forEach((id, existing) -> {
            if (!listed.contains(id) && !existing.withdrawn()) {
                withdrawn.add(existing.service());
                changes.add(new CatalogueChanges.Change(
                        CatalogueChanges.Kind.WITHDRAWN,
                        key.apply(existing.service()),
                        name.apply(existing.service())));
            }
        });
        return changes;
    }
}
