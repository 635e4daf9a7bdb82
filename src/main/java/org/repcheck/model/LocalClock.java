package org.repcheck.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The runner's clock for one activity (docs/science.md §9): the offset from UTC and where it came from. A workout's date
 * is its local date — it decides the TT in force and the week — and people read local clock times.
 */
public record LocalClock(ZoneOffset offset, Source source) {
    public LocalClock {
        if (offset == null || source == null) {
            throw new IllegalArgumentException("local clock fields must not be null");
        }
    }

    /** Where the offset came from; labels are docs/json.md's {@code zone_source}. */
    public enum Source {
        /** The FIT activity message: {@code local_timestamp − timestamp}. */
        FIT,
        /** The athlete profile's {@code timezone}. */
        PROFILE,
        /** This machine's zone: a guess, said so. */
        SYSTEM;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * The file's own offset, else the profile's zone at the activity's start, else the machine's zone there. Empty
     * only when the activity has no start (no time axis).
     */
    public static Optional<LocalClock> of(Activity a, Optional<ZoneId> profileZone, ZoneId system) {
        if (a.start().isEmpty()) {
            return Optional.empty();
        }
        if (a.utcOffset().isPresent()) {
            return Optional.of(new LocalClock(a.utcOffset().get(), Source.FIT));
        }
        Instant at = a.start().get();
        return Optional.of(profileZone
                .map(z -> new LocalClock(z.getRules().getOffset(at), Source.PROFILE))
                .orElseGet(() -> new LocalClock(system.getRules().getOffset(at), Source.SYSTEM)));
    }

    public OffsetDateTime at(Instant t) {
        return t.atOffset(offset);
    }

    public LocalDate date(Instant t) {
        return at(t).toLocalDate();
    }
}
