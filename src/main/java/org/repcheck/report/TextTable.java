package org.repcheck.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with columns padded to their widest cell: what a runner reads in a terminal. Rows that are
 * not table rows (a recovery line under a rep) are kept as-is, indented.
 */
final class TextTable {
    private final List<String> headers;
    private final boolean[] rightAligned;
    private final List<Object> rows = new ArrayList<>(); // String[] cells or String free line

    TextTable(List<String> headers, boolean... rightAligned) {
        this.headers = List.copyOf(headers);
        this.rightAligned = rightAligned.length == headers.size() ? rightAligned : new boolean[headers.size()];
    }

    TextTable row(String... cells) {
        rows.add(cells);
        return this;
    }

    /** A line under the previous row, not split into columns. */
    TextTable note(String line) {
        rows.add(line);
        return this;
    }

    String render(String indent) {
        int[] w = new int[headers.size()];
        for (int c = 0; c < w.length; c++) {
            w[c] = width(headers.get(c));
        }
        for (Object r : rows) {
            if (r instanceof String[] cells) {
                for (int c = 0; c < Math.min(cells.length, w.length); c++) {
                    w[c] = Math.max(w[c], width(cells[c]));
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, indent, headers.toArray(String[]::new), w);
        for (Object r : rows) {
            if (r instanceof String[] cells) {
                line(sb, indent, cells, w);
            } else {
                sb.append(indent).append(r).append('\n');
            }
        }
        return sb.toString();
    }

    private void line(StringBuilder sb, String indent, String[] cells, int[] w) {
        StringBuilder l = new StringBuilder(indent);
        for (int c = 0; c < w.length; c++) {
            String cell = c < cells.length && cells[c] != null ? cells[c] : "";
            String pad = " ".repeat(w[c] - width(cell));
            l.append(rightAligned[c] ? pad + cell : cell + (c == w.length - 1 ? "" : pad));
            if (c < w.length - 1) {
                l.append("  ");
            }
        }
        sb.append(l.toString().stripTrailing()).append('\n');
    }

    private static int width(String s) {
        return s == null ? 0 : s.codePointCount(0, s.length());
    }
}
