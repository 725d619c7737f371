package vn.sohoa.operations.report;

import java.util.List;

/**
 * A small, self-contained HTML page with a title, summary lines and tables: the person-readable
 * twin of each JSON report. Everything is escaped; no script, no asset from the network.
 */
public final class HtmlTable {

    private final StringBuilder html = new StringBuilder();

    public HtmlTable(String lang, String title) {
        html.append("<!DOCTYPE html><html lang=\"").append(escape(lang)).append("\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(title)).append("</title><style>body{font-family:sans-serif;margin:2em}"
                        + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}"
                        + "th{background:#eee}.bad{color:#b00}</style></head><body><h1>").append(escape(title)).append("</h1>");
    }

    public HtmlTable line(String text) {
        html.append("<p>").append(escape(text)).append("</p>");
        return this;
    }

    /** A paragraph of links: (href, text) pairs, separated by a dot. */
    public HtmlTable links(List<List<String>> links) {
        html.append("<p class=\"nav\">");
        for (int i = 0; i < links.size(); i++) {
            html.append(i == 0 ? "" : " · ").append("<a href=\"").append(escape(links.get(i).get(0))).append("\">")
                    .append(escape(links.get(i).get(1))).append("</a>");
        }
        html.append("</p>");
        return this;
    }

    /** A table whose non-empty cells in column {@code linkColumn} link to {@code hrefPrefix + cell}. */
    public HtmlTable table(List<String> header, List<List<String>> rows, int linkColumn, String hrefPrefix) {
        html.append("<table><thead><tr>");
        header.forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            html.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                html.append("<td>");
                if (i == linkColumn && cell != null && !cell.isEmpty()) {
                    html.append("<a href=\"").append(escape(hrefPrefix + cell)).append("\">").append(escape(cell)).append("</a>");
                } else {
                    html.append(escape(cell));
                }
                html.append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
        return this;
    }

    public HtmlTable heading(String text) {
        html.append("<h2>").append(escape(text)).append("</h2>");
        return this;
    }

    public HtmlTable table(List<String> header, List<List<String>> rows) {
        html.append("<table><thead><tr>");
        header.forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            html.append("<tr>");
            row.forEach(cell -> html.append("<td>").append(escape(cell)).append("</td>"));
            html.append("</tr>");
        }
        html.append("</tbody></table>");
        return this;
    }

    public String render() {
        return html + "</body></html>";
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
