package de.lotse.platform;

/**
 * Where a form returns to after it is done, as the page sent it ({@code back=}): only a query
 * string of the same list is followed — no other host ({@code //}, {@code \}), no scheme, no
 * control characters or spaces that could split the {@code Location} header; anything else returns
 * to the list itself.
 */
public final class ReturnPath {

    private ReturnPath() {}

    /** The list's path with the query string of {@code back} when it is one, else the list's path alone. */
    public static String toList(String listPath, String back) {
        return listPath + (isQuery(back) ? back : "");
    }

    private static boolean isQuery(String back) {
        if (back == null || !back.startsWith("?") || back.contains("//") || back.contains("\\")) {
            return false;
        }
        return back.chars().noneMatch(c -> c <= 0x20 || c == 0x7F);
    }
}
