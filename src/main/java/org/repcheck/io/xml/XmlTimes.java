package org.repcheck.io.xml;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * xsd:dateTime as watches and apps really write it: {@code 2019-04-18T14:12:19.000Z}, {@code …+02:00},
 * {@code 2016-05-27T10:08:47.8Z}, and sometimes with no zone at all, which the GPX and TCX specifications say is
 * UTC anyway.
 */
public final class XmlTimes {
    private XmlTimes() {
    }

    /** The instant, or empty when the text is not a date-time. */
    public static Optional<Instant> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.trim();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(s).toInstant());
        } catch (DateTimeParseException zoned) {
            try {
                return Optional.of(LocalDateTime.parse(s).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException local) {
                return Optional.empty();
            }
        }
    }

    public static Instant parseOrThrow(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("not a date-time: \"" + shorten(text) + "\""));
    }

    static String shorten(String s) {
        if (s == null) {
            return "";
        }
        String t = s.strip();
        return t.length() <= 40 ? t : t.substring(0, 40) + "…";
    }
}
