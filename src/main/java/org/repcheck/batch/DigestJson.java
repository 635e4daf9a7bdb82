package org.repcheck.batch;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.repcheck.history.RunDigest;

/**
 * A {@link RunDigest} as JSON for the rerun cache: the digest is records, enums, lists, optionals and numbers, so
 * Jackson writes its components and reads it back through the canonical constructors (which validate). Private to
 * the cache, like the cache file itself; NaN travels as the string "NaN".
 */
final class DigestJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS) // isRunning() and friends are not components
            // A digest is mostly numbers (steady windows, the HR histogram): parse and print them the fast way.
            .enable(com.fasterxml.jackson.core.StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .enable(com.fasterxml.jackson.core.StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .build();

    private DigestJson() {
    }

    /**
     * The digest as JSON text, kept in the cache entry as one string: the cache file is read without building a
     * tree of every window's numbers, and the digest is parsed straight into its records when the entry is used.
     */
    static String write(RunDigest d) {
        try {
            return MAPPER.writeValueAsString(d);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a digest is plain records", e);
        }
    }

    /** The digest back; throws on an entry it cannot read, which the cache takes as "analyse again". */
    static RunDigest read(String json) {
        try {
            return MAPPER.readValue(json, RunDigest.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("unreadable cached digest: " + e.getOriginalMessage(), e);
        }
    }
}
