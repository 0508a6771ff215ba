package de.lotse.badinput;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * A form found on a page: where and how it is sent, and its fields with the values the page filled
 * in (the fields a browser would send, without the CSRF token, which the browser adds itself).
 *
 * @param types each field's input type ({@code select}, {@code textarea}, {@code date}, …) by position
 */
record HtmlForm(
        String page,
        String method,
        String action,
        boolean multipart,
        List<Map.Entry<String, String>> fields,
        List<String> types) {

    static HtmlForm of(String page, Element form) {
        String action = form.attr("action").isBlank() ? page : form.attr("action");
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        List<String> types = new ArrayList<>();
        boolean buttonTaken = false;
        for (Element field : form.select("input[name], select[name], textarea[name], button[name]")) {
            String name = field.attr("name");
            String type = field.tagName().equals("input") ? field.attr("type").toLowerCase() : field.tagName();
            if (name.equals("_csrf") || type.equals("reset") || type.equals("image")) {
                continue;
            }
            boolean button = type.equals("submit") || field.tagName().equals("button");
            if (button && buttonTaken) {
                continue;
            }
            buttonTaken |= button;
            if ((type.equals("checkbox") || type.equals("radio")) && !field.hasAttr("checked")) {
                if (fields.stream().anyMatch(existing -> existing.getKey().equals(name))) {
                    continue;
                }
            }
            fields.add(Map.entry(name, valueOf(field)));
            types.add(button ? "button" : type.isEmpty() ? "text" : type);
        }
        return new HtmlForm(
                page,
                form.attr("method").isBlank() ? "get" : form.attr("method").toLowerCase(),
                action,
                form.attr("enctype").equalsIgnoreCase("multipart/form-data"),
                fields,
                types);
    }

    private static String valueOf(Element field) {
        return switch (field.tagName()) {
            case "select" -> {
                Element selected = field.selectFirst("option[selected]");
                Element first = selected != null ? selected : field.selectFirst("option");
                yield first == null ? "" : first.hasAttr("value") ? first.attr("value") : first.text();
            }
            case "textarea" -> field.wholeText();
            default -> field.attr("value");
        };
    }

    /** What identifies the form across the pages that show it: method, address shape and field names. */
    String shape() {
        return method + " " + Crawl.shape(action) + " "
                + fields.stream().map(Map.Entry::getKey).sorted().toList();
    }

    /** The fields with the one at the index set to the value (all of them for a negative index; buttons stay). */
    List<Map.Entry<String, String>> with(int index, String value) {
        List<Map.Entry<String, String>> changed = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            boolean set = (index < 0 && !types.get(i).equals("button")) || i == index;
            changed.add(set ? Map.entry(fields.get(i).getKey(), value) : fields.get(i));
        }
        return changed;
    }
}
