package org.repcheck.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.repcheck.model.Rep;
import org.repcheck.model.RepKind;
import org.repcheck.synth.GeneratedSession;
import org.repcheck.synth.SessionGenerator;
import org.repcheck.synth.TrueRep;

/** A tempo block read from the signal alone, on realistic generated tempo runs with a known block. */
class SustainedBlockTest {
    /**
     * Tempos whose bouts above the split's threshold break where the pace dips (a climb, a tempo only 12-17 % over
     * the easy pace): the longest bridged stretch was a third to a half of the block. The three-line fit finds the
     * whole block, and it replaces the stretch it holds.
     */
    @ParameterizedTest(name = "seed {0}: {1}")
    @CsvSource({
        "32035, a 40 min tempo of which the bouts held 16 min",
        "32072, a 22 min tempo of which the bouts held 11 min",
        "52014, a 21 min tempo of which the bouts held 9 min",
    })
    void aTempoTheBoutsBreakIsFoundWhole(long seed, String tempo) {
        GeneratedSession g = SessionGenerator.tempoRun(seed);
        List<Rep> found = SignalReps.of(g);
        assertThat(found).as(tempo).hasSize(1);
        assertThat(found.get(0).kind()).isEqualTo(RepKind.TEMPO_BLOCK);
        TrueRep truth = g.reps().get(0);
        assertThat(Math.abs(found.get(0).startS() - truth.startS())).as(tempo + ": start error, s").isLessThan(60);
        assertThat(Math.abs(found.get(0).endS() - truth.endS())).as(tempo + ": end error, s").isLessThan(60);
    }
}
