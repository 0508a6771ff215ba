package de.lotse.inventory.publiccode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A mapping of the file at a key path, read the way the standard's types are: texts, booleans,
 * lists and sub-sections. Every wrong type, missing required key, unknown or repeated key becomes
 * a finding at its position; a missing section reads as an empty one, so its required keys are
 * reported too.
 */
final class YamlSection {

    static final int MAX_ITEMS = 10_000;

    private final String path;

    private final Position at;

    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private final Findings findings;

    private YamlSection(String path, Position at, Findings findings) {
        this.path = path;
        this.at = at;
        this.findings = findings;
    }

    static YamlSection root(MappingNode root, Findings findings) {
        return of(root, "", Position.START, findings);
    }

    private static YamlSection of(MappingNode node, String path, Position at, Findings findings) {
        YamlSection section = new YamlSection(path, at, findings);
        List<NodeTuple> merged = new ArrayList<>();
        for (NodeTuple tuple : node.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                findings.error(path, Position.of(tuple.getKeyNode()), "publiccode.wrongType.key");
                continue;
            }
            if (isMerge(key)) {
                merged.addAll(mergedEntries(tuple.getValueNode()));
            } else if (section.entries.putIfAbsent(key.getValue(), tuple) != null) {
                findings.error(
                        section.key(key.getValue()), Position.of(key), "publiccode.duplicateKey", key.getValue());
            }
        }
        for (NodeTuple tuple : merged) {
            if (tuple.getKeyNode() instanceof ScalarNode key && !isMerge(key)) {
                section.entries.putIfAbsent(key.getValue(), tuple);
            }
        }
        return section;
    }

    /** A merge key ({@code <<: *defaults}) as YAML parsers commonly accept it; explicit keys win. */
    private static boolean isMerge(ScalarNode key) {
        return key.getValue().equals("<<") && key.getScalarStyle() == org.snakeyaml.engine.v2.common.ScalarStyle.PLAIN;
    }

    private static List<NodeTuple> mergedEntries(Node value) {
        if (value instanceof MappingNode mapping) {
            return mapping.getValue();
        }
        List<NodeTuple> entries = new ArrayList<>();
        if (value instanceof SequenceNode sequence) {
            sequence.getValue().stream()
                    .filter(MappingNode.class::isInstance)
                    .limit(MAX_ITEMS)
                    .forEach(mapping -> entries.addAll(((MappingNode) mapping).getValue()));
        }
        return entries;
    }

    String path() {
        return path;
    }

    Position position() {
        return at;
    }

    String key(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    Set<String> names() {
        return entries.keySet();
    }

    boolean has(String name) {
        return entries.containsKey(name) && !isNull(entries.get(name).getValueNode());
    }

    boolean contains(String name) {
        return entries.containsKey(name);
    }

    Position positionOf(String name) {
        NodeTuple tuple = entries.get(name);
        return tuple == null ? at : Position.of(tuple.getKeyNode());
    }

    void rejectUnknown(Set<String> known) {
        entries.forEach((name, tuple) -> {
            if (!known.contains(name)) {
                findings.error(key(name), Position.of(tuple.getKeyNode()), "publiccode.unknownKey", name);
            }
        });
    }

    /**
     * A text: any scalar (YAML numbers and dates are read as their text); null, and for a
     * required text also the empty text, counts as missing.
     */
    Optional<Value> text(String name, boolean required) {
        NodeTuple tuple = entries.get(name);
        if (tuple == null || isNull(tuple.getValueNode())) {
            if (required) {
                missing(name);
            }
            return Optional.empty();
        }
        if (tuple.getValueNode() instanceof ScalarNode scalar) {
            if (required && scalar.getValue().isEmpty()) {
                missing(name);
                return Optional.empty();
            }
            return Optional.of(
                    new Value(scalar.getValue(), key(name), Position.of(tuple.getKeyNode()), Position.of(scalar)));
        }
        wrongType(name, "publiccode.wrongType.text");
        if (required) {
            missing(name);
        }
        return Optional.empty();
    }

    Optional<Boolean> bool(String name, boolean required) {
        NodeTuple tuple = entries.get(name);
        if (tuple == null || isNull(tuple.getValueNode())) {
            if (required) {
                missing(name);
            }
            return Optional.empty();
        }
        if (tuple.getValueNode() instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL)) {
            return Optional.of(Boolean.parseBoolean(scalar.getValue().toLowerCase(java.util.Locale.ROOT)));
        }
        wrongType(name, "publiccode.wrongType.boolean");
        if (required) {
            missing(name);
        }
        return Optional.empty();
    }

    /** A list; with {@code required} it must hold at least one item. */
    Optional<List<Item>> list(String name, boolean required) {
        NodeTuple tuple = entries.get(name);
        if (tuple == null || isNull(tuple.getValueNode())) {
            if (required) {
                findings.error(key(name), positionOf(name), "publiccode.notEmpty");
            }
            return Optional.empty();
        }
        if (!(tuple.getValueNode() instanceof SequenceNode sequence)) {
            wrongType(name, "publiccode.wrongType.list");
            if (required) {
                findings.error(key(name), positionOf(name), "publiccode.notEmpty");
            }
            return Optional.empty();
        }
        if (sequence.getValue().size() > MAX_ITEMS) {
            findings.error(key(name), positionOf(name), "publiccode.tooManyItems", MAX_ITEMS);
            return Optional.empty();
        }
        if (required && sequence.getValue().isEmpty()) {
            findings.error(key(name), positionOf(name), "publiccode.notEmpty");
        }
        return Optional.of(items(key(name), sequence));
    }

    /** A text or a list of texts, both read as a list. */
    Optional<List<Item>> textOrList(String name) {
        NodeTuple tuple = entries.get(name);
        if (tuple != null && tuple.getValueNode() instanceof ScalarNode scalar && !isNull(scalar)) {
            return Optional.of(List.of(new Item(scalar, key(name) + "[0]", findings)));
        }
        return list(name, false);
    }

    /** A sub-section; a missing or null one reads as empty. */
    YamlSection section(String name) {
        NodeTuple tuple = entries.get(name);
        if (tuple == null || isNull(tuple.getValueNode())) {
            return new YamlSection(key(name), positionOf(name), findings);
        }
        if (tuple.getValueNode() instanceof MappingNode mapping) {
            return of(mapping, key(name), Position.of(tuple.getKeyNode()), findings);
        }
        wrongType(name, "publiccode.wrongType.mapping");
        return new YamlSection(key(name), positionOf(name), findings);
    }

    /** The sub-sections of a mapping whose keys are chosen by the author (such as languages). */
    Map<String, YamlSection> sections() {
        Map<String, YamlSection> sections = new LinkedHashMap<>();
        entries.keySet().forEach(name -> sections.put(name, section(name)));
        return sections;
    }

    private List<Item> items(String listKey, SequenceNode sequence) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < sequence.getValue().size(); i++) {
            items.add(new Item(sequence.getValue().get(i), listKey + "[" + i + "]", findings));
        }
        return items;
    }

    private void missing(String name) {
        findings.error(key(name), positionOf(name), "publiccode.required");
    }

    private void wrongType(String name, String messageKey) {
        findings.error(key(name), positionOf(name), messageKey);
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL);
    }

    /** A text with its key path and the positions of its key and its value. */
    record Value(String text, String key, Position keyAt, Position at) {}

    /** One item of a list. */
    record Item(Node node, String key, Findings findings) {

        Position at() {
            return Position.of(node);
        }

        Optional<Value> text() {
            if (node instanceof ScalarNode scalar && !isNull(scalar)) {
                return Optional.of(new Value(scalar.getValue(), key, at(), at()));
            }
            findings.error(key, at(), "publiccode.wrongType.text");
            return Optional.empty();
        }

        Optional<YamlSection> section() {
            if (node instanceof MappingNode mapping) {
                return Optional.of(YamlSection.of(mapping, key, at(), findings));
            }
            findings.error(key, at(), "publiccode.wrongType.mapping");
            return Optional.empty();
        }
    }
}
