package org.entente.gateway.cache;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * What a subgraph allows the gateway to do with an answer, read from the HTTP {@code Cache-Control}
 * header it sent with it. Only {@code public} or {@code private} allow caching at all (a subgraph
 * that says nothing allows nothing); {@code no-store} and {@code no-cache} forbid it whatever else
 * the header says. The answer may be kept {@code s-maxage}, else {@code max-age}, else the
 * gateway's default time to live.
 *
 * @param shared whether the answer is the same for every caller ({@code public}); otherwise it is
 *               kept for callers with the same {@code Authorization} header only
 * @param ttl    how long it may be served
 */
public record CachePolicy(boolean shared, Duration ttl) {

    /** The policy of a {@code Cache-Control} header value, or empty when it forbids caching or is absent. */
    public static Optional<CachePolicy> of(String cacheControl, Duration defaultTtl) {
        if (cacheControl == null) {
            return Optional.empty();
        }
        boolean isPublic = false;
        boolean isPrivate = false;
        Long maxAge = null;
        Long sharedMaxAge = null;
        for (String part : cacheControl.split(",")) {
            String[] directive = part.strip().split("=", 2);
            String name = directive[0].strip().toLowerCase(Locale.ROOT);
            String value = directive.length == 2 ? directive[1].strip().replace("\"", "") : null;
            switch (name) {
                case "no-store", "no-cache" -> {
                    return Optional.empty();
                }
                case "public" -> isPublic = true;
                case "private" -> isPrivate = true;
                case "max-age" -> maxAge = seconds(value);
                case "s-maxage" -> sharedMaxAge = seconds(value);
                default -> {
                    // other directives say nothing about whether the gateway may keep the answer
                }
            }
        }
        if (!isPublic && !isPrivate) {
            return Optional.empty();
        }
        Long seconds = sharedMaxAge != null ? sharedMaxAge : maxAge;
        if (seconds != null && seconds < 0) {
            return Optional.empty(); // a malformed age: keep nothing rather than guess
        }
        Duration ttl = seconds != null ? Duration.ofSeconds(seconds) : defaultTtl;
        if (ttl.isZero()) {
            return Optional.empty();
        }
        return Optional.of(new CachePolicy(isPublic && !isPrivate, ttl));
    }

    private static Long seconds(String value) {
        try {
            return value == null ? -1L : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
