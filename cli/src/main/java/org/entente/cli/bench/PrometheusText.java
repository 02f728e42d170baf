package org.entente.cli.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/** Reads samples from a Prometheus text exposition (what {@code /q/metrics} answers). */
public final class PrometheusText {
    private final String text;

    public PrometheusText(String text) {
        this.text = text;
    }

    /**
     * The sum of all samples of metric {@code name} whose labels pass {@code labels}, or NaN when
     * there is none (a missing metric must not read as zero).
     */
    public double sum(String name, Predicate<Map<String, String>> labels) {
        double total = 0;
        boolean found = false;
        for (String line : text.split("\n")) {
            if (line.isEmpty() || line.startsWith("#") || !line.startsWith(name)) {
                continue;
            }
            int after = name.length();
            if (after == line.length() || (line.charAt(after) != '{' && line.charAt(after) != ' ')) {
                continue;
            }
            Map<String, String> sampleLabels = new HashMap<>();
            int valueStart = after;
            if (line.charAt(after) == '{') {
                valueStart = parseLabels(line, after + 1, sampleLabels);
            }
            if (!labels.test(sampleLabels)) {
                continue;
            }
            String[] rest = line.substring(valueStart).strip().split("\\s+");
            total += parseValue(rest[0]);
            found = true;
        }
        return found ? total : Double.NaN;
    }

    public double sum(String name) {
        return sum(name, labels -> true);
    }

    /** Parses {@code a="x",b="y"} up to the closing brace; returns the index after it. */
    private static int parseLabels(String line, int start, Map<String, String> into) {
        int i = start;
        while (i < line.length() && line.charAt(i) != '}') {
            int eq = line.indexOf('=', i);
            String key = line.substring(i, eq).strip();
            StringBuilder value = new StringBuilder();
            int j = eq + 2; // past ="
            while (line.charAt(j) != '"') {
                char c = line.charAt(j++);
                if (c == '\\') {
                    char escaped = line.charAt(j++);
                    value.append(escaped == 'n' ? '\n' : escaped);
                } else {
                    value.append(c);
                }
            }
            into.put(key, value.toString());
            i = j + 1;
            if (i < line.length() && line.charAt(i) == ',') {
                i++;
            }
        }
        return i + 1;
    }

    private static double parseValue(String value) {
        return switch (value) {
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(value);
        };
    }
}
