package org.repcheck.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.repcheck.model.TimeTrial;
import org.repcheck.targets.Riegel;
import org.repcheck.targets.TimeTrials;

/**
 * The races and TT-like efforts of the history and the TT each implies (Riegel, targets' own), at the distance of
 * the TT in force on its date, or 5 km when none is.
 */
final class TrialsFound {
    private TrialsFound() {
    }

    static List<TrialFound> of(List<ClassifiedRun> runs, List<TimeTrial> trials) {
        List<TrialFound> out = new ArrayList<>();
        for (ClassifiedRun r : runs) {
            RunDigest d = r.digest();
            if (r.runClass() != RunClass.RACE_OR_TT || d.localDate().isEmpty()) {
                continue;
            }
            Optional<TimeTrial> effort = Classifier.mainEffort(d);
            if (effort.isEmpty()) {
                continue;
            }
            TimeTrial e = effort.get();
            Optional<TimeTrial> inForce = d.ttInForce().isPresent() ? d.ttInForce()
                    : TimeTrials.inForce(trials, d.localDate().get());
            double at = inForce.map(TimeTrial::distanceM).orElse(5000.0);
            TimeTrial implied = new TimeTrial(at, Riegel.predictTimeS(e, at), d.localDate());
            OptionalDouble delta = inForce.map(t -> OptionalDouble.of(implied.timeS() - t.timeS()))
                    .orElse(OptionalDouble.empty());
            out.add(new TrialFound(d.id(), d.localDate().get(), e, implied, inForce, delta));
        }
        return out;
    }
}
