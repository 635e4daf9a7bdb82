package org.repcheck.targets;

import java.util.List;
import java.util.Locale;
import org.repcheck.model.TimeTrial;

/** Makes a {@link TargetModel} by name from the time trials in force. */
public final class TargetModels {
    /** The valid {@code --model} names, the default first. */
    public static final List<String> NAMES = List.of(CoachModel.NAME, DanielsModel.NAME, RiegelModel.NAME,
            CriticalSpeedModel.NAME);
    public static final String DEFAULT = CoachModel.NAME;
    public static final String NO_TT = "no time trial: add --tt 5k=20:00 or an athlete.yaml";

    private TargetModels() {
    }

    public static TargetModel create(String model, List<TimeTrial> trialsInForce) throws TargetException {
        return create(model, trialsInForce, TargetOptions.DEFAULTS);
    }

    /**
     * @param trialsInForce the TTs in force for the workout (see {@link TimeTrials}): coach, daniels and riegel use
     *                      the one {@link TimeTrials#inForce} would pick; critical-speed fits all of them
     */
    public static TargetModel create(String model, List<TimeTrial> trialsInForce, TargetOptions options)
            throws TargetException {
        String name = checkName(model);
        if (trialsInForce.isEmpty()) {
            throw new TargetException(NO_TT);
        }
        TimeTrial latest = TimeTrials.inForce(trialsInForce, java.util.Optional.empty()).orElseThrow();
        return switch (name) {
            case CoachModel.NAME -> new CoachModel(latest, options.normaliseTo5k());
            case DanielsModel.NAME -> new DanielsModel(latest);
            case RiegelModel.NAME -> new RiegelModel(latest);
            default -> CriticalSpeedModel.fit(trialsInForce, options.dPrimeShare());
        };
    }

    /** The canonical model name, or a TargetException listing the valid ones. */
    public static String checkName(String model) throws TargetException {
        String name = model == null ? "" : model.trim().toLowerCase(Locale.ROOT);
        if (name.equals("cs") || name.equals("critical_speed")) {
            name = CriticalSpeedModel.NAME;
        }
        if (!NAMES.contains(name)) {
            throw new TargetException("unknown model '" + model + "'; use one of " + String.join(", ", NAMES));
        }
        return name;
    }
}
