package org.repcheck.history;

import java.util.Optional;
import org.repcheck.model.RepKind;
import org.repcheck.model.TargetBand;
import org.repcheck.model.Verdict;

/**
 * One found rep, as much as the history needs of it.
 *
 * @param index       1-based, in session order
 * @param kind        a rep or a sustained tempo block
 * @param startS      seconds since the activity's start
 * @param durationS   running time, seconds
 * @param distanceM   the distance the rep was judged on, metres
 * @param nominalM    the step's or snapped distance, metres; NaN when none
 * @param nominalS    the planned duration of a time rep, seconds; NaN when none
 * @param speedMps    average speed over the judged distance, m/s
 * @param avgHrBpm    average heart rate, bpm; NaN without HR
 * @param band        the band it was held to, when a TT was in force
 * @param verdict     the judgement
 * @param deltaSPerKm outside the band by this much pace, s/km (negative = faster than the fast edge; 0 inside; NaN
 *                    unjudged) — the one pace the model speaks, as {@code JudgedRep} does
 */
public record RepDigest(int index, RepKind kind, double startS, double durationS, double distanceM, double nominalM,
                        double nominalS, double speedMps, double avgHrBpm, Optional<TargetBand> band, Verdict verdict,
                        double deltaSPerKm) {
    public RepDigest {
        if (kind == null || band == null || verdict == null) {
            throw new IllegalArgumentException("rep digest fields must not be null");
        }
    }
}
