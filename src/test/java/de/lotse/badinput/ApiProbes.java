package de.lotse.badinput;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Makes the probes of one operation: each body property, query parameter and path variable with each
 * bad value of its type, the rest of the request plausible, so that the bad value reaches as deep as
 * it can; then a malformed and an empty body.
 */
final class ApiProbes {

    private static final String BOUNDARY = "lotse-bad-input";

    private final JsonNode document;
    private final ObjectMapper json;
    private final RecordIds ids;

    ApiProbes(JsonNode document, ObjectMapper json, RecordIds ids) {
        this.document = document;
        this.json = json;
        this.ids = ids;
    }

    List<ApiProbe> of(OpenApiOperation operation) {
        List<ApiProbe> probes = new ArrayList<>();
        Optional<String> real = ids.realPath(operation.path(), operation.pathVariables());
        // a real record is never deleted, so that the other probes still find one
        boolean mayUseRealPath = real.isPresent() && !operation.method().equals("DELETE");
        if (mayUseRealPath) {
            String path = real.get();
            String eTagOf = path;
            bodyProbes(operation, path, eTagOf, probes);
            queryProbes(operation, path, eTagOf, probes);
        }
        pathProbes(operation, real, probes);
        if (probes.isEmpty()) {
            probes.add(new ApiProbe(
                    operation.method(),
                    "as is",
                    operation.path().replaceAll("\\{[^}]+}", "x"),
                    null,
                    null,
                    null,
                    false));
        }
        return probes;
    }

    private void bodyProbes(OpenApiOperation operation, String path, String eTagOf, List<ApiProbe> probes) {
        if (operation.bodyType() == null) {
            return;
        }
        String type = operation.bodyType();
        if (!type.contains("json")) {
            for (BadValue value : List.of(BadValue.NUL, BadValue.LONG_TEXT, BadValue.CONTROL_CHARACTERS)) {
                probes.add(new ApiProbe(
                        operation.method(), "body=" + value, path, eTagOf, contentType(type), raw(type, value), false));
            }
            probes.add(new ApiProbe(
                    operation.method(), "body=empty", path, eTagOf, contentType(type), new byte[0], false));
            return;
        }
        JsonNode schema = operation.bodySchema();
        Map<String, JsonNode> properties = properties(schema);
        if (properties.isEmpty()) {
            for (BadValue value : BadValue.forType(type(schema), format(schema), schema.has("enum"))) {
                probes.add(jsonProbe(operation, "body=" + value, path, eTagOf, value.json()));
            }
        }
        for (Map.Entry<String, JsonNode> property : properties.entrySet()) {
            JsonNode propertySchema = property.getValue();
            for (BadValue value :
                    BadValue.forType(type(propertySchema), format(propertySchema), propertySchema.has("enum"))) {
                Map<String, Object> body = plausibleObject(schema, 0);
                body.put(property.getKey(), value.json());
                probes.add(jsonProbe(operation, "body." + property.getKey() + "=" + value, path, eTagOf, body));
            }
        }
        probes.add(new ApiProbe(
                operation.method(),
                "body=malformed",
                path,
                eTagOf,
                "application/json",
                "{\"name\": \"Probe".getBytes(StandardCharsets.UTF_8),
                false));
        probes.add(
                new ApiProbe(operation.method(), "body=empty", path, eTagOf, "application/json", new byte[0], false));
        probes.add(jsonProbe(operation, "body=array", path, eTagOf, List.of(1, 2)));
    }

    private void queryProbes(OpenApiOperation operation, String path, String eTagOf, List<ApiProbe> probes) {
        for (Map.Entry<String, JsonNode> parameter : operation.queryParameters().entrySet()) {
            JsonNode schema = parameter.getValue();
            boolean isEnum = schema.has("enum") || schema.path("items").has("enum");
            for (BadValue value : BadValue.forType(type(schema), format(schema), isEnum)) {
                String query = "?" + parameter.getKey() + "=" + encode(value.text());
                probes.add(new ApiProbe(
                        operation.method(),
                        "query." + parameter.getKey() + "=" + value,
                        path + query,
                        eTagOf,
                        bodyType(operation),
                        plausibleBody(operation),
                        false));
            }
        }
    }

    private void pathProbes(OpenApiOperation operation, Optional<String> real, List<ApiProbe> probes) {
        List<String> variables = operation.pathVariables();
        for (int i = 0; i < variables.size(); i++) {
            String variable = variables.get(i);
            Map<String, String> values = new LinkedHashMap<>();
            values.put("unknown", BadValue.UNKNOWN_ID.text());
            values.put("garbage", encode(BadValue.GARBAGE_ID.text()));
            values.put("NUL", encode(BadValue.NUL.text()));
            Optional<String> realValue = real.map(path -> segment(operation.path(), path, variable));
            realValue.flatMap(ids::foreign).ifPresent(foreign -> values.put("foreign", foreign));
            for (Map.Entry<String, String> value : values.entrySet()) {
                String path = withVariable(operation, real, variable, value.getValue());
                probes.add(new ApiProbe(
                        operation.method(),
                        "path." + variable + "=" + value.getKey(),
                        path,
                        null,
                        bodyType(operation),
                        plausibleBody(operation),
                        value.getKey().equals("foreign")));
            }
        }
    }

    /** The address with the one variable set to the value and the others real (or the same value when none is). */
    private static String withVariable(
            OpenApiOperation operation, Optional<String> real, String variable, String value) {
        String path = operation.path().replace("{" + variable + "}", value);
        if (real.isPresent()) {
            for (String other : operation.pathVariables()) {
                if (!other.equals(variable)) {
                    path = path.replace("{" + other + "}", segment(operation.path(), real.get(), other));
                }
            }
        }
        return path.replaceAll("\\{[^}]+}", value);
    }

    private static String segment(String template, String real, String variable) {
        String[] templateParts = template.split("/");
        String[] realParts = real.split("/");
        for (int i = 0; i < templateParts.length; i++) {
            if (templateParts[i].equals("{" + variable + "}")) {
                return realParts[i];
            }
        }
        throw new IllegalArgumentException(variable);
    }

    private ApiProbe jsonProbe(OpenApiOperation operation, String label, String path, String eTagOf, Object body) {
        return new ApiProbe(
                operation.method(), label, path, eTagOf, "application/json", json.writeValueAsBytes(body), false);
    }

    private String bodyType(OpenApiOperation operation) {
        return operation.bodyType() == null ? null : contentType(operation.bodyType());
    }

    private byte[] plausibleBody(OpenApiOperation operation) {
        if (operation.bodyType() == null) {
            return null;
        }
        if (!operation.bodyType().contains("json")) {
            return raw(operation.bodyType(), null);
        }
        Object body = properties(operation.bodySchema()).isEmpty()
                ? plausible(operation.bodySchema(), "", 0)
                : plausibleObject(operation.bodySchema(), 0);
        return json.writeValueAsBytes(body);
    }

    private Map<String, Object> plausibleObject(JsonNode schema, int depth) {
        Map<String, Object> body = new LinkedHashMap<>();
        properties(schema).forEach((name, property) -> body.put(name, plausible(property, name, depth + 1)));
        return body;
    }

    /** A value that passes a plain check of its type, so that the one bad value is what gets rejected. */
    private Object plausible(JsonNode schema, String name, int depth) {
        if (schema.has("enum")) {
            return schema.get("enum").get(0).asString();
        }
        String format = format(schema);
        return switch (type(schema)) {
            case "integer", "number" -> 1;
            case "boolean" -> true;
            case "array" -> {
                JsonNode items = OpenApiOperation.resolve(document, schema.path("items"));
                if ("uuid".equals(format(items))) {
                    yield ids.byName(name).map(List::of).orElse(List.of());
                }
                yield depth > 2 || "object".equals(type(items))
                        ? List.of()
                        : List.of(plausible(items, name, depth + 1));
            }
            case "object" -> depth > 2 ? Map.of() : plausibleObject(schema, depth);
            default ->
                switch (format == null ? "" : format) {
                    case "date" -> "2025-06-30";
                    case "date-time" -> "2025-06-30T12:00:00Z";
                    case "uuid" -> ids.byName(name).orElse(null);
                    case "email" -> "probe@pruefstadt.example";
                    case "uri", "url" -> "https://pruefstadt.example/probe";
                    default -> name.toLowerCase().contains("colour") ? "#1c4f8c" : "Probe";
                };
        };
    }

    private Map<String, JsonNode> properties(JsonNode schema) {
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        if (schema != null) {
            for (Map.Entry<String, JsonNode> property :
                    schema.path("properties").properties()) {
                properties.put(property.getKey(), OpenApiOperation.resolve(document, property.getValue()));
            }
        }
        return properties;
    }

    private String type(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type != null && type.isArray()) {
            for (JsonNode candidate : type) {
                if (!candidate.asString().equals("null")) {
                    return candidate.asString();
                }
            }
        }
        if (type == null && schema.has("properties")) {
            return "object";
        }
        return type == null ? "string" : type.asString();
    }

    private static String format(JsonNode schema) {
        return schema.has("format") ? schema.get("format").asString() : null;
    }

    private static String contentType(String type) {
        return type.equals("multipart/form-data") ? type + "; boundary=" + BOUNDARY : type;
    }

    /** A body of a non-JSON type: the bad value as the file of a multipart form, or as it is. */
    private static byte[] raw(String type, BadValue value) {
        String content = value == null ? "name: Probe" : value.text();
        if (type.equals("multipart/form-data")) {
            return ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"probe.xlsx\"\r\n"
                            + "Content-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + BOUNDARY
                            + "--\r\n")
                    .getBytes(StandardCharsets.UTF_8);
        }
        return content.getBytes(StandardCharsets.UTF_8);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
