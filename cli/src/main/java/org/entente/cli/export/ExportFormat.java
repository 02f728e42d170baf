package org.entente.cli.export;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The formats of {@code ./entente export}, with the name given on the command line and the default output. */
public enum ExportFormat {
    GRAPHML("entente.graphml"),
    CSV("entente-csv"),
    FTM("entente.ftm.json");

    private final String defaultOutput;

    ExportFormat(String defaultOutput) {
        this.defaultOutput = defaultOutput;
    }

    public String defaultOutput() {
        return defaultOutput;
    }

    public String commandName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@code graphml}, {@code csv} or {@code ftm}. */
    static final class Converter implements ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            return Arrays.stream(values())
                    .filter(f -> f.commandName().equals(value))
                    .findFirst()
                    .orElseThrow(() ->
                            new TypeConversionException("'" + value + "' is not a format; choose graphml, csv or ftm"));
        }
    }

    /** The names, for the help text and the shell completion. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(values()).map(ExportFormat::commandName).iterator();
        }
    }
}
