package org.repcheck.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Whatever the text, the parser gives a session whose canonical text reads back to it, or one syntax error with a
 * position inside the text (or just past its end) — never another exception. Seeded: the same strings every run.
 */
class SessionParserPropertiesTest {
    private static final String ALPHABET = "0123456789xX×,/()mkis:. nh";

    @Test
    void anyTextParsesToARoundTrippingSessionOrOneSyntaxErrorInsideIt() {
        Random rnd = new Random(13);
        int parsed = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + rnd.nextInt(16);
            for (int i = 0; i < len; i++) {
                sb.append(ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
            }
            String text = sb.toString();
            try {
                SessionSpec spec = SessionParser.parse(text);
                assertThat(SessionParser.parse(spec.text())).as("canonical text of '%s'", text).isEqualTo(spec);
                parsed++;
            } catch (SessionSyntaxException e) {
                assertThat(e.position()).as("position for '%s'", text).isBetween(1, text.length() + 1);
            }
        }
        // The alphabet makes sessions often enough for the round trip to be exercised, not just the errors.
        assertThat(parsed).isGreaterThan(100);
    }
}
