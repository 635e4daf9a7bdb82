package org.repcheck.spark;

import static org.apache.spark.sql.functions.max;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.repcheck.targets.TargetException;

/**
 * {@code --since}: which files count as new. "last" means modified after the newest file the tables already hold
 * (so a nightly run reads only the day's uploads); an instant ({@code 2026-12-01T06:00:00Z}) or a date (UTC
 * midnight) says it outright. Files are compared by their modification time as the file system reports it.
 */
final class Since {
    private Since() {
    }

    static Optional<Instant> resolve(Optional<String> since, TableWriter tables) throws TargetException {
        if (since.isEmpty()) {
            return Optional.empty();
        }
        String s = since.get().trim();
        if (s.equals("last")) {
            return Stream.of(newest(tables, "activities", Tables.ACTIVITIES), newest(tables, "errors", Tables.ERRORS))
                    .flatMap(Optional::stream).max(Comparator.naturalOrder());
        }
        try {
            return Optional.of(s.length() == 10 ? LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(s));
        } catch (DateTimeParseException e) {
            throw new TargetException("--since " + s + ": expected last, a date (2026-12-01) or an instant "
                    + "(2026-12-01T06:00:00Z)");
        }
    }

    private static Optional<Instant> newest(TableWriter tables, String table, StructType schema) {
        if (!tables.exists(table)) {
            return Optional.empty();
        }
        Row r = tables.existing(table, schema).agg(max("file_modified")).first();
        return r.isNullAt(0) ? Optional.empty() : Optional.of(((Timestamp) r.get(0)).toInstant());
    }
}
