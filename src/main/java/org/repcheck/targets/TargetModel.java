package org.repcheck.targets;

import java.util.Map;
import org.repcheck.model.TargetBand;

/** A rule that turns the runner's time trial(s) into a pace band for a rep of a given distance. */
public interface TargetModel {
    /** "coach", "daniels", "riegel" or "critical-speed". */
    String name();

    /** The band for a rep of {@code distanceM} metres (speeds in m/s). */
    TargetBand band(double distanceM);

    /**
     * What the model derived from the TT(s), for the report and JSON ("vdot", "critical_speed_m_per_s",
     * "d_prime_m", "tt_pace_s_per_km", …). Ordered, for stable output.
     */
    Map<String, Double> parameters();
}
