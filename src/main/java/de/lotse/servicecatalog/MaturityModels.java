package de.lotse.servicecatalog;

import de.lotse.platform.RecordNotFoundException;
import de.lotse.platform.StaleVersionException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The maturity models: their levels (reference data the operator can rename) and which model the
 * current municipality records its services in.
 */
@Service
@Validated
@Transactional
public class MaturityModels {

    private final JdbcClient jdbc;
    private final MaturityModelChoiceRepository choices;

    MaturityModels(JdbcClient jdbc, MaturityModelChoiceRepository choices) {
        this.jdbc = jdbc;
        this.choices = choices;
    }

    /** The model the current municipality records in, with the version of that choice. */
    public record Choice(MaturityModel model, long version) {}

    @Transactional(readOnly = true)
    public Choice chosen() {
        return choices.findFirstBy()
                .map(choice -> new Choice(choice.model(), choice.version()))
                .orElse(new Choice(MaturityModel.OZG_1, 0));
    }

    @Transactional(readOnly = true)
    public MaturityModel current() {
        return chosen().model();
    }

    /**
     * Lets the current municipality record in another model; the levels recorded in the former one
     * stay, with their history.
     *
     * @param expectedVersion the version of the choice the person saw
     */
    public Choice choose(MaturityModel model, long expectedVersion) {
        Choice before = chosen();
        if (before.version() != expectedVersion) {
            throw new StaleVersionException(before, before.version());
        }
        MaturityModelChoice choice = choices.findFirstBy().orElseGet(() -> new MaturityModelChoice(model));
        choice.choose(model);
        choice = choices.saveAndFlush(choice);
        return new Choice(choice.model(), choice.version());
    }

    /** The levels of a model, lowest first. */
    @Transactional(readOnly = true)
    public List<MaturityLevel> levels(MaturityModel model) {
        return jdbc.sql("select * from maturity_level where model = :model order by level")
                .param("model", model.name())
                .query((rs, n) -> new MaturityLevel(
                        MaturityModel.valueOf(rs.getString("model")),
                        rs.getInt("level"),
                        rs.getLong("version"),
                        rs.getString("name_de"),
                        rs.getString("name_en"),
                        rs.getString("description_de"),
                        rs.getString("description_en")))
                .list();
    }

    /** The levels of every model, the models in their order. */
    @Transactional(readOnly = true)
    public Map<MaturityModel, List<MaturityLevel>> allLevels() {
        Map<MaturityModel, List<MaturityLevel>> all = new EnumMap<>(MaturityModel.class);
        for (MaturityModel model : MaturityModel.values()) {
            all.put(model, levels(model));
        }
        return all;
    }

    /** A level's name and description in German and English. */
    public record LevelText(
            @NotBlank @Size(max = 100) String nameDe,
            @NotBlank @Size(max = 100) String nameEn,
            @NotBlank @Size(max = 1000) String descriptionDe,
            @NotBlank @Size(max = 1000) String descriptionEn) {}

    /** Renames a level (operators only); a stale version is refused. */
    public MaturityLevel rename(MaturityModel model, int level, long expectedVersion, @Valid LevelText text) {
        MaturityLevel current = levels(model).stream()
                .filter(l -> l.level() == level)
                .findFirst()
                .orElseThrow(() -> new RecordNotFoundException("maturity-level", model + "/" + level));
        int changed = jdbc.sql(
                        """
                        update maturity_level set name_de = :nameDe, name_en = :nameEn,
                            description_de = :descriptionDe, description_en = :descriptionEn, version = version + 1
                        where model = :model and level = :level and version = :version
                        """)
                .param("nameDe", text.nameDe().strip())
                .param("nameEn", text.nameEn().strip())
                .param("descriptionDe", text.descriptionDe().strip())
                .param("descriptionEn", text.descriptionEn().strip())
                .param("model", model.name())
                .param("level", level)
                .param("version", expectedVersion)
                .update();
        if (changed == 0) {
            throw new StaleVersionException(current, current.version());
        }
        return levels(model).get(level);
    }
}
