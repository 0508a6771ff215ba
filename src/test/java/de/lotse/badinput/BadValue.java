package de.lotse.badinput;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The classic bad values an attacker or a broken client sends, by class, each as it appears in a JSON
 * body, in a query parameter and in a form field. The UUID is fixed so that every run sends the same.
 */
public enum BadValue {
    NUL("Pr\u0000obe"),
    CONTROL_CHARACTERS("Pr\u0007o\u001b[31mbe\u0008"),
    LONG_TEXT("x".repeat(10_000)),
    DATE_FAR_FUTURE("+999999999-12-31"),
    DATE_FAR_PAST("-5000-01-01"),
    DATE_ZERO("0000-00-00"),
    NUMBER_HUGE(1e308, "1e308"),
    NUMBER_NEGATIVE(-1, "-1"),
    NUMBER_BEYOND_LONG(new BigInteger("9223372036854775808"), "9223372036854775808"),
    INT_MAX(Integer.MAX_VALUE, "2147483647"),
    NUMBER_BEYOND_INT(99_999_999_999L, "99999999999"),
    TEXT_FOR_NUMBER("viele"),
    OBJECT_FOR_TEXT(Map.of("value", "Probe"), "{\"value\":\"Probe\"}"),
    ARRAY_FOR_TEXT(List.of("Probe", 1), "Probe,1"),
    UNKNOWN_ENUM("NO_SUCH_VALUE"),
    UNKNOWN_ID(UUID.fromString("0badc0de-0000-4000-8000-000000000347"), "0badc0de-0000-4000-8000-000000000347"),
    GARBAGE_ID("not-an-id"),
    ;

    private final Object json;
    private final String text;

    BadValue(String text) {
        this(text, text);
    }

    BadValue(Object json, String text) {
        this.json = json;
        this.text = text;
    }

    /** The value as a JSON body carries it (a string, a number, an object or an array). */
    public Object json() {
        return json instanceof UUID uuid ? uuid.toString() : json;
    }

    /** The value as text, for query parameters, path segments and form fields. */
    public String text() {
        return text;
    }

    /** The values worth sending for a field of this OpenAPI type and format (every class lands somewhere). */
    public static List<BadValue> forType(String type, String format, boolean isEnum) {
        if (isEnum) {
            return List.of(UNKNOWN_ENUM, NUL, NUMBER_NEGATIVE, OBJECT_FOR_TEXT);
        }
        if ("date".equals(format) || "date-time".equals(format)) {
            return List.of(DATE_FAR_FUTURE, DATE_FAR_PAST, DATE_ZERO, NUL, NUMBER_HUGE);
        }
        if ("uuid".equals(format)) {
            return List.of(UNKNOWN_ID, GARBAGE_ID, NUL, NUMBER_BEYOND_LONG);
        }
        return switch (type == null ? "string" : type) {
            case "integer", "number" ->
                List.of(NUMBER_HUGE, NUMBER_NEGATIVE, NUMBER_BEYOND_LONG, INT_MAX, NUMBER_BEYOND_INT, TEXT_FOR_NUMBER);
            case "boolean" -> List.of(TEXT_FOR_NUMBER, OBJECT_FOR_TEXT, NUMBER_HUGE);
            case "array" -> List.of(OBJECT_FOR_TEXT, TEXT_FOR_NUMBER, ARRAY_FOR_TEXT, LONG_TEXT);
            case "object" -> List.of(ARRAY_FOR_TEXT, TEXT_FOR_NUMBER, NUL);
            default -> List.of(NUL, CONTROL_CHARACTERS, LONG_TEXT, OBJECT_FOR_TEXT, ARRAY_FOR_TEXT, NUMBER_HUGE);
        };
    }
}
