package org.entente.cli.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sources an FtM fact entity cites, from the provenance FtM carries: {@code sourceUrl},
 * {@code publisher}, {@code retrievedAt}, and the titles `./entente export` writes into
 * {@code description} as {@code Sources: Title <url>; Title} (FtM has no property for the title of
 * a cited document). FtM properties are sets, not parallel lists: a publisher or retrieval date
 * given once belongs to every source of the fact, as many as there are sources go one to each in
 * order, and any other number cannot be assigned and is left out.
 */
final class FtmSources {
    /** What `./entente export` puts before the titles of a fact's sources. */
    static final String PREFIX = "Sources: ";

    private static final String SEPARATOR = "; ";

    /** One cited source; {@code url}, {@code publisher} and {@code retrievedAt} may be null. */
    record Cited(String title, String url, String publisher, String retrievedAt) {}

    /** The sources, and what could not be assigned to one of them (null when everything was). */
    record Result(List<Cited> sources, String leftOut) {}

    private FtmSources() {}

    static Result of(FtmEntity fact) {
        List<String[]> titled = titled(fact.first("description"), fact.values("sourceUrl"));
        List<String> publishers = fact.values("publisher");
        List<String> retrieved = fact.values("retrievedAt");
        List<String> leftOut = new ArrayList<>();
        boolean publishersFit = fits(publishers, titled.size(), "publisher", leftOut);
        boolean retrievedFit = fits(retrieved, titled.size(), "retrievedAt", leftOut);
        List<Cited> sources = new ArrayList<>();
        for (int i = 0; i < titled.size(); i++) {
            sources.add(new Cited(
                    titled.get(i)[0],
                    titled.get(i)[1],
                    publishersFit ? publishers.get(publishers.size() == 1 ? 0 : i) : null,
                    retrievedFit ? retrieved.get(retrieved.size() == 1 ? 0 : i) : null));
        }
        return new Result(sources, leftOut.isEmpty() ? null : String.join("; ", leftOut));
    }

    private static boolean fits(List<String> values, int sources, String property, List<String> leftOut) {
        if (values.isEmpty()) {
            return false;
        }
        if (sources > 0 && (values.size() == 1 || values.size() == sources)) {
            return true;
        }
        leftOut.add(values.size() + " " + property + " value(s) for " + sources + " source(s) cannot be matched"
                + " to them and are left out");
        return false;
    }

    /**
     * Title and URL of every source, in the order the description names them: each URL's title is
     * the text before its {@code <url>}, after the previous source; text named without a URL is a
     * title of its own for every {@code "; "} in it. A URL the description does not name is its
     * own title.
     */
    private static List<String[]> titled(String description, List<String> urls) {
        List<String[]> out = new ArrayList<>();
        if (description == null || !description.startsWith(PREFIX)) {
            urls.forEach(url -> out.add(new String[] {url, url}));
            return out;
        }
        String text = description.substring(PREFIX.length());
        Map<String, Integer> positions = new LinkedHashMap<>();
        for (String url : urls) {
            int at = text.indexOf(" <" + url + ">");
            if (at >= 0) {
                positions.put(url, at);
            }
        }
        List<Map.Entry<String, Integer>> ordered = new ArrayList<>(positions.entrySet());
        ordered.sort(Map.Entry.comparingByValue(Comparator.naturalOrder()));
        int cursor = 0;
        for (Map.Entry<String, Integer> anchored : ordered) {
            if (anchored.getValue() < cursor) {
                continue;
            }
            List<String> pieces = pieces(text.substring(cursor, anchored.getValue()));
            for (int i = 0; i < pieces.size() - 1; i++) {
                out.add(new String[] {pieces.get(i), null});
            }
            String title = pieces.isEmpty() ? anchored.getKey() : pieces.get(pieces.size() - 1);
            out.add(new String[] {title, anchored.getKey()});
            cursor = anchored.getValue() + anchored.getKey().length() + 3;
        }
        pieces(text.substring(cursor)).forEach(title -> out.add(new String[] {title, null}));
        for (String url : urls) {
            if (out.stream().noneMatch(s -> url.equals(s[1]))) {
                out.add(new String[] {url, url});
            }
        }
        return out;
    }

    private static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        for (String piece : text.split(SEPARATOR)) {
            if (!piece.isBlank()) {
                pieces.add(piece.strip());
            }
        }
        return pieces;
    }
}
