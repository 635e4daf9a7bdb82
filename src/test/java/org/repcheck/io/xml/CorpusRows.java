package org.repcheck.io.xml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The rows of the shared corpus's MANIFEST.tsv for one format. The corpus lives beside the project
 * ({@code ../shared/corpus}); a fresh clone without it gets no rows and the tests skip with a message.
 */
public final class CorpusRows {
    public static final Path CORPUS = Path.of("..", "shared", "corpus");

    /** One manifest row: what an independent decoder measured in the file. */
    public record Row(String file, String format, OptionalDouble distanceM, OptionalInt records, OptionalInt laps,
                      String notes) {
        public Path path() {
            return CORPUS.resolve("files").resolve(file);
        }

        /** Files the notes call EMPTY or NOT AN ACTIVITY, or with no records: no activity is expected. */
        public boolean expectsNothing() {
            String n = notes.toUpperCase(Locale.ROOT);
            return n.startsWith("EMPTY") || n.startsWith("NOT AN ACTIVITY") || records.orElse(0) == 0;
        }

        @Override
        public String toString() {
            return file;
        }
    }

    private CorpusRows() {
    }

    public static boolean present() {
        return Files.isRegularFile(CORPUS.resolve("MANIFEST.tsv"));
    }

    public static List<Row> of(String format) {
        List<Row> rows = new ArrayList<>();
        if (!present()) {
            return rows;
        }
        try {
            List<String> lines = Files.readAllLines(CORPUS.resolve("MANIFEST.tsv"));
            for (String line : lines.subList(1, lines.size())) {
                String[] c = line.split("\t", -1);
                if (c.length < 15 || !c[5].equalsIgnoreCase(format)) {
                    continue;
                }
                rows.add(new Row(c[0], c[5], dbl(c[9]), integer(c[10]), integer(c[11]), c[14]));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the corpus manifest", e);
        }
        return rows;
    }

    private static OptionalDouble dbl(String s) {
        return s.isBlank() ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(s.strip()));
    }

    private static OptionalInt integer(String s) {
        return s.isBlank() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(s.strip()));
    }
}
