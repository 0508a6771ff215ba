package de.lotse.inventory.publiccode;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads the first YAML document of a file into nodes with their positions, as YAML 1.2 (core
 * schema: only {@code true}/{@code false} are booleans). Limits what a hostile file can cost: its
 * size, its nesting (checked on the event stream before any node is built, so nesting cannot
 * exhaust the stack) and aliases to collections (no "billion laughs").
 */
public final class PublicCodeReader {

    public static final int MAX_BYTES = 1024 * 1024;

    static final int MAX_DEPTH = 64;

    static final int MAX_COLLECTION_ALIASES = 20;

    private final LoadSettings settings = LoadSettings.builder()
            .setSchema(new CoreSchema())
            .setAllowDuplicateKeys(true) // reported by the rules, with their position
            .setAllowRecursiveKeys(false)
            .setMaxAliasesForCollections(MAX_COLLECTION_ALIASES)
            .setCodePointLimit(MAX_BYTES + 1)
            .setUseMarks(true)
            .setLabel("publiccode.yml")
            .build();

    /** The document's top-level mapping, or nothing when the file cannot be read as one. */
    public Optional<MappingNode> read(byte[] content, Findings findings) {
        if (content == null || content.length == 0) {
            findings.error("", Position.START, "publiccode.empty");
            return Optional.empty();
        }
        if (content.length > MAX_BYTES) {
            findings.error("", Position.START, "publiccode.tooLarge", MAX_BYTES);
            return Optional.empty();
        }
        Optional<String> text = utf8(content);
        if (text.isEmpty()) {
            findings.error("", Position.START, "publiccode.notUtf8");
            return Optional.empty();
        }
        String yaml = text.get().startsWith("\uFEFF") ? text.get().substring(1) : text.get();
        try {
            if (!shallowEnough(yaml, findings)) {
                return Optional.empty();
            }
            Iterator<Node> documents =
                    new Compose(settings).composeAllFromString(yaml).iterator();
            if (!documents.hasNext()) {
                findings.error("", Position.START, "publiccode.empty");
                return Optional.empty();
            }
            Node root = documents.next();
            if (root instanceof MappingNode mapping) {
                return Optional.of(mapping);
            }
            if (root instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL)) {
                findings.error("", Position.START, "publiccode.empty");
            } else {
                findings.error("", Position.of(root), "publiccode.notMapping");
            }
            return Optional.empty();
        } catch (MarkedYamlEngineException syntax) {
            Position at = syntax.getProblemMark()
                    .or(syntax::getContextMark)
                    .map(Position::of)
                    .orElse(Position.START);
            findings.error("", at, "publiccode.syntax", syntax.getProblem());
            return Optional.empty();
        } catch (YamlEngineException unreadable) {
            findings.error("", Position.START, "publiccode.unreadable");
            return Optional.empty();
        }
    }

    /**
     * The document's top-level mapping as plain values (texts, lists, maps), for a file the check
     * found valid (so it is UTF-8, within the limits and a mapping); nothing when it is not a mapping.
     */
    @SuppressWarnings("unchecked")
    public Optional<Map<String, Object>> values(byte[] content) {
        String yaml = new String(content, StandardCharsets.UTF_8);
        Object document = new Load(settings)
                .loadAllFromString(yaml.startsWith("\uFEFF") ? yaml.substring(1) : yaml)
                .iterator()
                .next();
        return document instanceof Map<?, ?> map ? Optional.of((Map<String, Object>) map) : Optional.empty();
    }

    /** Walks the events of the first document: nesting deeper than {@value #MAX_DEPTH} is refused. */
    private boolean shallowEnough(String yaml, Findings findings) {
        int depth = 0;
        for (Event event : new Parse(settings).parseString(yaml)) {
            switch (event.getEventId()) {
                case SequenceStart, MappingStart -> {
                    if (++depth > MAX_DEPTH) {
                        findings.error(
                                "",
                                event.getStartMark().map(Position::of).orElse(Position.START),
                                "publiccode.tooDeep",
                                MAX_DEPTH);
                        return false;
                    }
                }
                case SequenceEnd, MappingEnd -> depth--;
                case DocumentEnd -> {
                    return true;
                }
                default -> {
                    // scalars, aliases and stream events do not nest
                }
            }
        }
        return true;
    }

    private static Optional<String> utf8(byte[] content) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        }
    }
}
