package de.lotse.inventory;

import de.lotse.platform.TableFile;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The application list of a filter as a file: CSV (semicolons, UTF-8 with BOM) or XLSX (streamed).
 * One row per application, by name, in the columns of {@link ApplicationColumn}, read from the
 * database 1,000 rows at a time; departments and the successor by name, choices by their labels. The
 * XLSX file can be imported again as it is.
 */
@Component
public class ApplicationExport {

    private static final int CHUNK = 1_000;

    private static final String SELECT =
            """
            select a.id, a.name, a.vendor, a.product, a.product_version, a.purpose, a.responsible_person,
                   a.hosting, a.user_count, a.lifecycle, a.introduced_on, a.retire_by, a.functional_fit,
                   a.technical_fit, a.criticality, a.personal_data, a.protection_need, a.open_source, a.licence,
                   s.name as successor_name,
                   array(select d.name from application_department ad join department d on d.id = ad.department_id
                         where ad.application_id = a.id order by d.name) as department_names
            from application a left join application s on s.id = a.successor_id
            """;

    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final java.time.Clock clock;

    ApplicationExport(JdbcClient jdbc, MessageSource messages, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public void csv(ApplicationFilter filter, Locale locale, OutputStream out) throws IOException {
        TableFile.csv(headers(locale), rows(filter, locale), out);
    }

    @Transactional(readOnly = true)
    public void xlsx(ApplicationFilter filter, Locale locale, OutputStream out) throws IOException {
        TableFile.xlsx(
                messages.getMessage("application.list.title", null, locale),
                headers(locale),
                rows(filter, locale),
                out);
    }

    private List<String> headers(Locale locale) {
        return Arrays.stream(ApplicationColumn.values())
                .map(column -> messages.getMessage(column.messageKey(), null, locale))
                .toList();
    }

    private TableFile.Rows rows(ApplicationFilter filter, Locale locale) {
        Map<String, Object> params = new HashMap<>();
        String sql = SELECT + ApplicationWhere.of(filter, params, LocalDate.now(clock))
                + " order by lower(a.name), a.id limit :limit offset :offset";
        return row -> {
            int offset = 0;
            int read;
            do {
                List<List<Object>> chunk = jdbc.sql(sql)
                        .params(params)
                        .param("limit", CHUNK)
                        .param("offset", offset)
                        .query((rs, n) -> values(rs, locale))
                        .list();
                chunk.forEach(row);
                read = chunk.size();
                offset += read;
            } while (read == CHUNK);
        };
    }

    private List<Object> values(ResultSet rs, Locale locale) throws SQLException {
        return Arrays.asList(
                rs.getString("id"),
                rs.getString("name"),
                rs.getString("vendor"),
                rs.getString("product"),
                rs.getString("product_version"),
                rs.getString("purpose"),
                String.join(", ", (String[]) rs.getArray("department_names").getArray()),
                rs.getString("responsible_person"),
                label("application.hosting.", rs.getString("hosting"), locale),
                rs.getObject("user_count", Integer.class),
                label("application.lifecycle.", rs.getString("lifecycle"), locale),
                rs.getObject("introduced_on", LocalDate.class),
                rs.getObject("retire_by", LocalDate.class),
                rs.getObject("functional_fit", Integer.class),
                rs.getObject("technical_fit", Integer.class),
                time(rs, locale),
                label("application.criticality.", rs.getString("criticality"), locale),
                yesNo(rs.getBoolean("personal_data"), locale),
                label("application.protection-need.", rs.getString("protection_need"), locale),
                yesNo(rs.getBoolean("open_source"), locale),
                rs.getString("licence"),
                rs.getString("successor_name"));
    }

    private String time(ResultSet rs, Locale locale) throws SQLException {
        TimeClass time = TimeClass.of(
                rs.getObject("functional_fit", Integer.class), rs.getObject("technical_fit", Integer.class));
        return label("application.time.", time == null ? null : time.name(), locale);
    }

    private String label(String prefix, String code, Locale locale) {
        return code == null ? null : messages.getMessage(prefix + code, null, locale);
    }

    private String yesNo(boolean value, Locale locale) {
        return messages.getMessage(value ? "application.yes" : "application.no", null, locale);
    }
}
