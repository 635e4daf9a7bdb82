package org.repcheck.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The one configured {@link ObjectMapper} and the small number helpers every JSON output shares, so that
 * rounding, NaN and instants come out the same in inspect, reps, judge and the summaries.
 */
public final class Json {
    /** Configured once; an ObjectMapper is thread-safe after configuration, so the batch shares it. */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    static final JsonNodeFactory NODES = MAPPER.getNodeFactory();

    /**
     * The version of the JSON documents' shape (docs/json.md). Raised when a field changes meaning or goes away;
     * adding a field does not raise it, so readers should ignore keys they do not know.
     */
    public static final int SCHEMA_VERSION = 1;

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Pretty-printed JSON of any node, ending without a newline. */
    public static String pretty(JsonNode node) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // cannot happen for a tree we built
        }
    }

    /** A pretty JSON array of the given objects, in the order given (the CLI's --json output). */
    public static String array(List<? extends JsonNode> nodes) {
        ArrayNode arr = NODES.arrayNode();
        nodes.forEach(arr::add);
        return pretty(arr);
    }

    /**
     * Writes a pretty JSON array one element at a time, byte for byte what {@link #array} returns for the same
     * elements, holding none of them: a 10,000-file {@code judge --json} printed as it goes instead of keeping every
     * report until the end. {@link #close()} ends the array (without a newline) and flushes; the writer stays open.
     */
    public static final class ArrayWriter implements AutoCloseable {
        private final com.fasterxml.jackson.core.JsonGenerator gen;

        public ArrayWriter(java.io.Writer out) {
            try {
                gen = MAPPER.writerWithDefaultPrettyPrinter().createGenerator(out)
                        .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                gen.writeStartArray();
            } catch (java.io.IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public void add(JsonNode node) {
            try {
                MAPPER.writeTree(gen, node);
                gen.flush();
            } catch (java.io.IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                gen.writeEndArray();
                gen.flush();
            } catch (java.io.IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A new top-level JSON object, {@code schema_version} first, as every document repcheck writes begins. */
    public static ObjectNode document() {
        ObjectNode o = NODES.objectNode();
        o.put("schema_version", SCHEMA_VERSION);
        return o;
    }

    /** "2026-05-11T07:30:00Z": whole seconds print without a fraction, others to the millisecond. */
    static String instant(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(ChronoUnit.MILLIS));
    }

    static void putInstant(ObjectNode o, String key, Optional<Instant> t) {
        if (t.isPresent()) {
            o.put(key, instant(t.get()));
        } else {
            o.putNull(key);
        }
    }

    /**
     * {@code local_start} (the runner's clock with its offset, "2026-11-15T18:30-08:00") and {@code zone_source}
     * (fit, profile, system) beside a UTC {@code start} (docs/json.md; docs/science.md §9). Nulls without a start.
     */
    static void putLocal(ObjectNode o, Optional<Instant> t, Optional<org.repcheck.model.LocalClock> clock) {
        if (t.isPresent() && clock.isPresent()) {
            o.put("local_start", clock.get().at(t.get()).truncatedTo(ChronoUnit.MILLIS).toString());
            o.put("zone_source", clock.get().source().label());
        } else {
            o.putNull("local_start");
            o.putNull("zone_source");
        }
    }

    /** A value rounded to 0.1 (seconds, metres, s/km); NaN or infinite becomes null. */
    static void putTenths(ObjectNode o, String key, double v) {
        putRounded(o, key, v, 10);
    }

    static void putRounded(ObjectNode o, String key, double v, double scale) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            o.putNull(key);
        } else {
            o.put(key, Math.round(v * scale) / scale);
        }
    }

    /** Whole numbers (heart rate, beats): integers in JSON, NaN → null. */
    static void putWhole(ObjectNode o, String key, double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            o.putNull(key);
        } else {
            o.put(key, Math.round(v));
        }
    }

    /** 400 rather than 400.0 for a nominal distance, 1609.3 for a mile; null when absent. */
    static void putDistance(ObjectNode o, String key, OptionalDouble v) {
        if (v.isEmpty() || Double.isNaN(v.getAsDouble())) {
            o.putNull(key);
        } else {
            putNumber(o, key, v.getAsDouble());
        }
    }

    /** An integer when the value is whole, else rounded to 0.1. */
    static void putNumber(ObjectNode o, String key, double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            o.putNull(key);
        } else if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            o.put(key, (long) v);
        } else {
            o.put(key, Math.round(v * 10) / 10.0);
        }
    }

    static ArrayNode strings(List<String> items) {
        ArrayNode a = NODES.arrayNode();
        items.forEach(a::add);
        return a;
    }
}
