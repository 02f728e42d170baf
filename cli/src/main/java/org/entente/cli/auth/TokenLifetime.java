package org.entente.cli.auth;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a token lifetime as people write it: {@code 90s}, {@code 30m}, {@code 12h}, {@code 7d}. */
final class TokenLifetime implements ITypeConverter<Duration> {
    private static final Pattern AMOUNT_AND_UNIT = Pattern.compile("(\\d{1,9})([smhd])");

    @Override
    public Duration convert(String value) {
        Matcher m = AMOUNT_AND_UNIT.matcher(value.strip());
        if (!m.matches()) {
            throw new TypeConversionException("'" + value + "' is not a duration such as 90s, 30m, 12h or 7d");
        }
        long amount = Long.parseLong(m.group(1));
        if (amount == 0) {
            throw new TypeConversionException("a token must be valid for some time, not " + value);
        }
        return switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }
}
