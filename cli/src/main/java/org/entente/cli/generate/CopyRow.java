package org.entente.cli.generate;

import java.time.LocalDate;
import java.util.List;

/**
 * Encodes one row in PostgreSQL's COPY text format: tab-separated fields, {@code \N} for NULL,
 * backslash escapes for backslash, tab, newline and carriage return, arrays as {@code {"a","b"}}.
 * Reused for every row of a table (call {@link #line()} to take the row and start the next).
 */
public final class CopyRow {
    private final StringBuilder out = new StringBuilder(256);
    private boolean first = true;

    public CopyRow text(String value) {
        separate();
        if (value == null) {
            out.append("\\N");
        } else {
            escapeInto(value);
        }
        return this;
    }

    public CopyRow number(long value) {
        separate();
        out.append(value);
        return this;
    }

    /** A nullable id or number. */
    public CopyRow number(Long value) {
        return value == null ? text(null) : number(value.longValue());
    }

    public CopyRow date(LocalDate value) {
        separate();
        if (value == null) {
            out.append("\\N");
        } else {
            out.append(value);
        }
        return this;
    }

    public CopyRow array(List<String> values) {
        StringBuilder literal = new StringBuilder(2 + values.size() * 16).append('{');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                literal.append(',');
            }
            literal.append('"');
            for (char c : values.get(i).toCharArray()) {
                if (c == '"' || c == '\\') {
                    literal.append('\\');
                }
                literal.append(c);
            }
            literal.append('"');
        }
        return text(literal.append('}').toString());
    }

    /** The finished row with its newline; the encoder is then empty for the next row. */
    public String line() {
        out.append('\n');
        String row = out.toString();
        out.setLength(0);
        first = true;
        return row;
    }

    private void separate() {
        if (!first) {
            out.append('\t');
        }
        first = false;
    }

    private void escapeInto(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
