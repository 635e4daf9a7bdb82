package org.repcheck.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.repcheck.model.Rep;
import org.repcheck.synth.GeneratedSession;

/** What the signal alone finds in a generated session, and the check that it is the session's true reps. */
final class SignalReps {
    private SignalReps() {
    }

    /** The reps the speed signal finds ({@code --detect signal}). */
    static List<Rep> of(GeneratedSession g) {
        return new RepDetector().detect(g.activity(), DetectMode.SIGNAL).reps();
    }

    /** The signal finds the session's true reps, each matched, and nothing else. */
    static void assertEveryRepFoundAndNoOther(GeneratedSession g, String session) {
        List<Rep> found = of(g);
        assertThat(found).as(session).hasSameSizeAs(g.reps());
        assertThat(new RepScore().add(g.reps(), found).f1()).as(session).isEqualTo(1.0);
    }
}
