package org.repcheck.targets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.repcheck.model.TargetBand;
import org.repcheck.model.TimeTrial;

/**
 * What {@code repcheck targets} prints: the model, the TT it was set from, its parameters and the band for each
 * standard rep distance — held to the Riegel race-pace limit as {@code judge} holds them ({@link RacePaceLimit}).
 *
 * @param timeTrial  the TT in force (the latest; critical-speed fits all in force, this is the latest of them)
 * @param parameters the model's ("vdot", "critical_speed_m_per_s", "d_prime_m", …)
 */
public record TargetTable(String model, TimeTrial timeTrial, List<TimeTrial> trialsUsed, Map<String, Double> parameters,
                          List<TargetBand> targets) {
    public static final List<Double> DISTANCES_M = List.of(200.0, 300.0, 400.0, 600.0, 800.0, 1000.0, 1200.0,
            1600.0, 2000.0);

    public TargetTable {
        trialsUsed = List.copyOf(trialsUsed);
        parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
        targets = List.copyOf(targets);
    }

    /** The table for the TTs in force today (or on {@code date}; empty: all TTs). */
    public static TargetTable of(TargetPlan plan, Optional<LocalDate> date) throws TargetException {
        List<TimeTrial> inForce = TimeTrials.allInForce(plan.trials(), date);
        TargetModel model = TargetModels.create(plan.model(), inForce, plan.options());
        TimeTrial tt = TimeTrials.inForce(inForce, date).orElseThrow();
        List<TargetBand> bands = new ArrayList<>();
        for (double d : DISTANCES_M) {
            bands.add(RacePaceLimit.apply(model.band(d), tt));
        }
        return new TargetTable(model.name(), tt, inForce, model.parameters(), bands);
    }

    public static TargetTable of(TargetPlan plan) throws TargetException {
        return of(plan, Optional.empty());
    }
}
