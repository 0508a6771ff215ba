package de.lotse.badinput;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Finds real ids for an operation's path variables by reading the lists the API itself offers (the
 * first record of the list at the address before the variable), and a record of the same kind in
 * another municipality, so that bad input reaches the code behind the lookup of the record.
 */
final class RecordIds {

    private final ApiClient api;
    private final ObjectMapper json;
    private final List<String> collections;
    private final Function<UUID, Optional<UUID>> foreignOfSameKind;
    private final Map<String, Optional<JsonNode>> firstOf = new HashMap<>();
    private final Map<UUID, Optional<UUID>> foreign = new HashMap<>();

    /**
     * @param collections the operations' addresses without variables, for ids named in bodies
     * @param foreignOfSameKind a record of another municipality in the same table as the given one
     */
    RecordIds(
            ApiClient api,
            ObjectMapper json,
            List<String> collections,
            Function<UUID, Optional<UUID>> foreignOfSameKind) {
        this.api = api;
        this.json = json;
        this.collections = collections;
        this.foreignOfSameKind = foreignOfSameKind;
    }

    /** The address with every variable replaced by a real value, if each has one. */
    Optional<String> realPath(String template, List<String> variables) {
        String path = template;
        for (String variable : variables) {
            String placeholder = "{" + variable + "}";
            int at = path.indexOf(placeholder);
            String prefix = path.substring(0, Math.max(0, at - 1));
            Optional<String> value = valueOf(prefix, variable).or(() -> byName(variable));
            if (value.isEmpty()) {
                return Optional.empty();
            }
            path = path.replace(placeholder, value.get());
        }
        return Optional.of(path);
    }

    /** The first record's id of the list whose last segment starts with the name's stem, e.g. fieldId → fields. */
    Optional<String> byName(String property) {
        String stem = property.replaceAll("Ids?$", "");
        if (stem.equals(property) || stem.isEmpty()) {
            return Optional.empty();
        }
        return collections.stream()
                .filter(path -> path.substring(path.lastIndexOf('/') + 1).startsWith(stem.toLowerCase()))
                .findFirst()
                .flatMap(path -> valueOf(path, "id"));
    }

    /** A record of another municipality of the same kind as this one. */
    Optional<String> foreign(String id) {
        try {
            UUID uuid = UUID.fromString(id);
            return foreign.computeIfAbsent(uuid, foreignOfSameKind).map(UUID::toString);
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }

    private Optional<String> valueOf(String listPath, String variable) {
        Optional<JsonNode> first = firstOf.computeIfAbsent(listPath, this::readFirst);
        return first.flatMap(node -> {
            JsonNode value = node.has(variable) ? node.get(variable) : node.get("id");
            return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asString());
        });
    }

    private Optional<JsonNode> readFirst(String listPath) {
        var response = api.get(listPath);
        if (response.statusCode() != 200) {
            return Optional.empty();
        }
        JsonNode body = quietly(() -> json.readTree(response.body()));
        JsonNode list = body == null ? null : body.isArray() ? body : body.get("items");
        return list != null && list.isArray() && !list.isEmpty() ? Optional.of(list.get(0)) : Optional.empty();
    }

    private static <T> T quietly(Supplier<T> read) {
        try {
            return read.get();
        } catch (RuntimeException notJson) {
            return null;
        }
    }
}
