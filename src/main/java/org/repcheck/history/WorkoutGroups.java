package org.repcheck.history;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Interval sessions grouped by structure key, each group oldest first, with session-to-session changes. */
final class WorkoutGroups {
    private WorkoutGroups() {
    }

    static List<WorkoutGroup> of(List<ClassifiedRun> runs) {
        Map<StructureKey, List<GroupSession>> byKey = new LinkedHashMap<>();
        for (ClassifiedRun r : runs) {
            RunDigest d = r.digest();
            if (r.runClass() != RunClass.INTERVAL || d.structure().isEmpty() || d.localDate().isEmpty()) {
                continue;
            }
            byKey.computeIfAbsent(d.structure().get(), k -> new ArrayList<>()).add(session(d));
        }
        List<WorkoutGroup> out = new ArrayList<>();
        for (Map.Entry<StructureKey, List<GroupSession>> e : byKey.entrySet()) {
            List<GroupSession> s = e.getValue();
            List<SessionDelta> deltas = new ArrayList<>();
            for (int i = 1; i < s.size(); i++) {
                GroupSession a = s.get(i - 1);
                GroupSession b = s.get(i);
                deltas.add(new SessionDelta(a.id(), b.id(), 1000.0 / b.meanSpeedMps() - 1000.0 / a.meanSpeedMps(),
                        b.meanHrBpm() - a.meanHrBpm(), ChronoUnit.DAYS.between(a.date(), b.date())));
            }
            out.add(new WorkoutGroup(e.getKey(), s, deltas));
        }
        // Most sessions first; ties by the first session's date, so the order does not depend on map order.
        out.sort(Comparator.comparingInt((WorkoutGroup g) -> -g.sessions().size())
                .thenComparing(g -> g.sessions().get(0).date()));
        return out;
    }

    private static GroupSession session(RunDigest d) {
        List<RepDigest> reps = RunDigests.StructureKeys.keyReps(d.reps());
        double dist = 0;
        double time = 0;
        double hr = 0;
        int hrN = 0;
        for (RepDigest r : reps) {
            dist += r.distanceM();
            time += r.durationS();
            if (!Double.isNaN(r.avgHrBpm())) {
                hr += r.avgHrBpm();
                hrN++;
            }
        }
        return new GroupSession(d.id(), d.localDate().get(), d.reps(), time > 0 ? dist / time : Double.NaN,
                hrN > 0 ? hr / hrN : Double.NaN);
    }
}
