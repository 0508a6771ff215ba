package de.lotse.tenancy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Finds municipalities in the official municipality directory, by name, key or postcode. */
@Service
public class MunicipalityDirectory {

    /** The most results {@link #search} returns, whatever the caller asks for. */
    public static final int MAX_RESULTS = 100;

    private static final Pattern AGS = Pattern.compile("[0-9]{8}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,12}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final String COLUMNS =
            """
            select g.ags, g.ars, g.name, g.short_name, g.type, l.name as land, k.name as kreis,
                   v.name as gemeindeverband, g.population, g.area_hectares, g.postcode
              from directory_gemeinde g
              join directory_land l on l.land_key = g.land_key
              left join directory_kreis k on k.kreis_key = g.kreis_key
              join directory_gemeindeverband v on v.gemeindeverband_key = g.gemeindeverband_key
            """;

    // Ranks and limits the hits first and joins the names of Land, Kreis and Verband for the few
    // hits only. The prefix branch can use the text_pattern_ops index; the substring branch has to
    // scan, which takes a few milliseconds for the 11,000 short names.
    private static final String BY_NAME = COLUMNS
            + """
              join (select ags, rank, population, name
                      from (select ags, population, name,
                                   case when search_short_name = :query or search_name = :query then 0 else 1 end as rank
                              from directory_gemeinde
                             where search_name like :prefix
                            union all
                            select ags, population, name, 2
                              from directory_gemeinde
                             where search_name like :substring and search_name not like :prefix) hit
                     order by rank, population desc, name
                     limit :limit) best on best.ags = g.ags
             order by best.rank, best.population desc, best.name
            """;

    private static final String BY_KEY = COLUMNS
            + """
              join (select ags, rank, population, name
                      from (select ags, population, name,
                                   case when ags = :query or ars = :query or postcode = :query then 0 else 1 end as rank
                              from directory_gemeinde
                             where ags like :prefix or ars like :prefix or postcode = :query) hit
                     order by rank, population desc, name
                     limit :limit) best on best.ags = g.ags
             order by best.rank, best.population desc, best.name
            """;

    private final JdbcClient jdbc;

    MunicipalityDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The municipalities that match a name (ignoring case, umlauts written as ae/oe/ue/ss and
     * suffixes such as ", Stadt"), an AGS or its first digits, an ARS or its first digits, or a
     * postcode: exact and prefix matches first, then substring matches, the bigger municipality
     * first among equals.
     */
    public List<DirectoryMunicipality> search(String query, int limit) {
        if (query == null || limit < 1) {
            return List.of();
        }
        int bounded = Math.min(limit, MAX_RESULTS);
        String digits = SPACES.matcher(query).replaceAll("");
        if (DIGITS.matcher(digits).matches()) {
            return searchByKey(digits, bounded);
        }
        String name = SearchNames.normalise(query);
        if (name.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(BY_NAME)
                .param("query", name)
                .param("prefix", name + "%")
                .param("substring", "%" + name + "%")
                .param("limit", bounded)
                .query(MunicipalityDirectory::municipality)
                .list();
    }

    /** The municipality with this 8-digit AGS, if the directory lists it. */
    public Optional<DirectoryMunicipality> findByAgs(String ags) {
        if (ags == null || !AGS.matcher(ags).matches()) {
            return Optional.empty();
        }
        return jdbc.sql(COLUMNS + " where g.ags = :ags")
                .param("ags", ags)
                .query(MunicipalityDirectory::municipality)
                .optional();
    }

    /** The Gebietsstand (territorial status date) of the loaded directory; empty before the first load. */
    public Optional<LocalDate> gebietsstand() {
        return jdbc.sql("select gebietsstand from directory_gebietsstand")
                .query(LocalDate.class)
                .optional();
    }

    private List<DirectoryMunicipality> searchByKey(String digits, int limit) {
        // up to 8 digits are (part of) an AGS, 5 digits may also be a postcode, 9 to 12 an ARS
        String prefix = digits + "%";
        return jdbc.sql(BY_KEY)
                .param("query", digits)
                .param("prefix", prefix)
                .param("limit", limit)
                .query(MunicipalityDirectory::municipality)
                .list();
    }

    private static DirectoryMunicipality municipality(ResultSet row, int number) throws SQLException {
        return new DirectoryMunicipality(
                row.getString("ags"),
                row.getString("ars"),
                row.getString("name"),
                row.getString("short_name"),
                row.getString("type"),
                row.getString("land"),
                row.getString("kreis"),
                row.getString("gemeindeverband"),
                row.getInt("population"),
                row.getInt("area_hectares"),
                row.getString("postcode"));
    }
}
