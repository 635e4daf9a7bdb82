package org.repcheck.targets;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.repcheck.model.TimeTrial;

/**
 * What the runner asked the reps to be judged against: every TT known (from --tt, --tt-file and the profile, all
 * dates — the assessor picks the ones in force on the workout's date), the model's name and its options, the
 * profile's time zone (which dates GPX and TCX workouts, docs/science.md §9) and its HR anchors (the history's
 * heart-rate load).
 */
public record TargetPlan(List<TimeTrial> trials, String model, TargetOptions options, Optional<ZoneId> timezone,
                         HeartRateAnchors heartRate) {
    public TargetPlan {
        if (trials == null || model == null || options == null || timezone == null || heartRate == null) {
            throw new IllegalArgumentException("target plan fields must not be null");
        }
        trials = List.copyOf(trials);
    }

    /** A plan without the profile's HR anchors. */
    public TargetPlan(List<TimeTrial> trials, String model, TargetOptions options, Optional<ZoneId> timezone) {
        this(trials, model, options, timezone, HeartRateAnchors.NONE);
    }

    /** A plan with no profile time zone: GPX and TCX workouts are dated on the machine's clock. */
    public TargetPlan(List<TimeTrial> trials, String model, TargetOptions options) {
        this(trials, model, options, Optional.empty());
    }

    public TargetPlan(List<TimeTrial> trials, String model) {
        this(trials, model, TargetOptions.DEFAULTS);
    }

    /** No TT known: every rep is found and shown but unjudged. */
    public static TargetPlan none(String model) {
        return new TargetPlan(List.of(), model, TargetOptions.DEFAULTS);
    }

    /**
     * The plan from what the command line and the profile say. TTs: the profile's first, then those from the
     * command line ({@code --tt}, {@code --tt-file}), so that among equally recent TTs the command line's wins
     * ({@link TimeTrials} takes the last given). Model: {@code --model}, else the profile's, else {@code coach};
     * an unknown name is a TargetException listing the valid ones.
     */
    public static TargetPlan from(List<TimeTrial> commandLineTrials, Optional<AthleteProfile> profile,
                                  Optional<String> commandLineModel, TargetOptions options) throws TargetException {
        List<TimeTrial> all = new ArrayList<>();
        profile.ifPresent(p -> all.addAll(p.timeTrials()));
        all.addAll(commandLineTrials);
        String model = TargetModels.checkName(commandLineModel
                .or(() -> profile.flatMap(AthleteProfile::model))
                .orElse(TargetModels.DEFAULT));
        return new TargetPlan(all, model, options, profile.flatMap(AthleteProfile::timezone),
                profile.map(AthleteProfile::heartRate).orElse(HeartRateAnchors.NONE));
    }

    public boolean hasTrials() {
        return !trials.isEmpty();
    }
}
