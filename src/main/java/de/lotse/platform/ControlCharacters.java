package de.lotse.platform;

/**
 * Which characters Lotse refuses in what people send: the C0 control characters and DEL. PostgreSQL
 * cannot store NUL in a text at all, and the others have no business in a name or a search; only
 * tab, line feed and carriage return are kept in values, because multi-line texts hold them.
 */
public final class ControlCharacters {

    private ControlCharacters() {}

    /** Whether a value (of a field, a parameter, a JSON text) holds a character other than tab, LF or CR below space, or DEL. */
    public static boolean inValue(String value) {
        return find(value, true);
    }

    /** Whether a name (of a parameter, a file, a path segment) holds any control character. */
    public static boolean inName(String name) {
        return find(name, false);
    }

    private static boolean find(String text, boolean lineBreaksAllowed) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0x7F || (c < 0x20 && !(lineBreaksAllowed && (c == '\t' || c == '\n' || c == '\r')))) {
                return true;
            }
        }
        return false;
    }
}
