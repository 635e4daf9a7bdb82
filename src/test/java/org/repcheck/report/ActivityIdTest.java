package org.repcheck.report;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ActivityIdTest {
    private static final Optional<Instant> START = Optional.of(Instant.parse("2026-05-11T07:30:00Z"));

    @Test
    void isUtcStartPlusSixHexDigitsOfTheContentHash() {
        String id = ActivityId.ofContent(START, bytes("file one"));
        assertThat(id).matches("20260511-073000-[0-9a-f]{6}");
        assertThat(ActivityId.of(START, 0x3fa9c201)).isEqualTo("20260511-073000-3fa9c2");
    }

    @Test
    void theHashIsCrc32cOfTheBytes() {
        // CRC-32C("123456789") = 0xE3069283, the check value every implementation is tested against.
        assertThat(ActivityId.ofContent(START, bytes("123456789"))).isEqualTo("20260511-073000-e30692");
    }

    @Test
    void filesOneByteApartNeverShareAnId() {
        byte[] a = new byte[4096];
        for (int i = 0; i < a.length; i++) {
            byte[] b = a.clone();
            b[i] = 1;
            assertThat(ActivityId.ofContent(START, b)).isNotEqualTo(ActivityId.ofContent(START, a));
        }
    }

    @Test
    void sameContentGivesTheSameIdEveryTime() {
        assertThat(ActivityId.ofContent(START, bytes("file one"))).isEqualTo(ActivityId.ofContent(START, bytes("file one")));
    }

    @Test
    void differentContentStartingInTheSameSecondGetsADifferentId() {
        assertThat(ActivityId.ofContent(START, bytes("file one"))).isNotEqualTo(ActivityId.ofContent(START, bytes("file two")));
    }

    @Test
    void activityWithoutStartIsUndated() {
        assertThat(ActivityId.ofContent(Optional.empty(), bytes("route"))).matches("undated-[0-9a-f]{6}");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
