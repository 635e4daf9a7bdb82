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
        assertThat(ActivityId.of(START, new byte[]{0x3f, (byte) 0xa9, (byte) 0xc2, 1}))
                .isEqualTo("20260511-073000-3fa9c2");
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
