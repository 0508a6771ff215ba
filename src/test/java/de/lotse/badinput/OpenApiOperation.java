package de.lotse.badinput;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One operation (address and method) of the OpenAPI document, with what can carry bad input: its
 * path variables, query parameters and the properties of its request body.
 *
 * @param bodyType the body's media type, or null when the operation takes none
 * @param bodySchema the body's schema with references resolved one level at a time through {@link
 *     #resolve}
 * @param accept the media types the suite accepts: JSON first where the operation offers it, else its
 *     file type (an import template), so that an error is a problem detail and a success is not 406
 */
public record OpenApiOperation(
        String method,
        String path,
        List<String> pathVariables,
        Map<String, JsonNode> queryParameters,
        String bodyType,
        JsonNode bodySchema,
        String accept) {

    private static final List<String> METHODS = List.of("get", "put", "post", "patch", "delete");

    /** Every operation of the document, in the document's order. */
    public static List<OpenApiOperation> all(JsonNode document) {
        List<OpenApiOperation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    operations.add(of(document, method.toUpperCase(), path.getKey(), path.getValue(), operation));
                }
            }
        }
        return operations;
    }

    private static OpenApiOperation of(
            JsonNode document, String method, String path, JsonNode pathItem, JsonNode operation) {
        List<String> variables = new ArrayList<>();
        Map<String, JsonNode> query = new LinkedHashMap<>();
        List<JsonNode> parameters = new ArrayList<>();
        pathItem.path("parameters").forEach(parameters::add);
        operation.path("parameters").forEach(parameters::add);
        for (JsonNode parameter : parameters) {
            JsonNode resolved = resolve(document, parameter);
            String name = resolved.path("name").asString();
            switch (resolved.path("in").asString()) {
                case "path" -> variables.add(name);
                case "query" -> query.put(name, resolve(document, resolved.path("schema")));
                default -> {
                    // headers and cookies are not what this suite varies
                }
            }
        }
        String bodyType = null;
        JsonNode bodySchema = null;
        JsonNode content = operation.path("requestBody").path("content");
        for (Map.Entry<String, JsonNode> media : content.properties()) {
            if (bodyType == null || media.getKey().contains("json")) {
                bodyType = media.getKey();
                bodySchema = resolve(document, media.getValue().path("schema"));
            }
        }
        String accept = "application/json, */*;q=0.1";
        for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
            if (response.getKey().startsWith("2")) {
                var types = response.getValue().path("content").propertyNames();
                if (!types.isEmpty() && types.stream().noneMatch(type -> type.contains("json"))) {
                    accept = types.iterator().next();
                }
            }
        }
        return new OpenApiOperation(method, path, variables, query, bodyType, bodySchema, accept);
    }

    /** The schema or parameter a {@code $ref} points at, or the node itself. */
    public static JsonNode resolve(JsonNode document, JsonNode node) {
        JsonNode current = node;
        for (int depth = 0; depth < 10 && current.has("$ref"); depth++) {
            String ref = current.get("$ref").asString();
            JsonNode target = document;
            for (String part : ref.substring(2).split("/")) {
                target = target.path(part);
            }
            current = target;
        }
        if (current.has("allOf") && current.get("allOf").size() == 1) {
            return resolve(document, current.get("allOf").get(0));
        }
        return current;
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
