package org.repcheck.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds a runner's {@link History} from the digests of their runs: cheap (the digests hold only windows and
 * summaries; nothing is re-read) and order-free (sorted by start, then id, inside; every random draw seeded by the
 * options).
 */
public final class HistoryBuilder {
    /** The slope for a baseline too narrow in HR to have its own: a typical easy-running 0.03 m/s per bpm. */
    static final double DEFAULT_BETA = 0.03;

    private HistoryBuilder() {
    }

    public static History build(List<RunDigest> digests, HistoryOptions options) {
        List<RunDigest> sorted = new ArrayList<>(digests);
        sorted.sort(Comparator.comparing((RunDigest d) -> d.start().orElse(Instant.MAX)).thenComparing(RunDigest::id));
        LoadBasis load = WeeklyLoads.basis(sorted, options);
        Classifier classifier = new Classifier(sorted, load.hrMaxBpm());
        List<ClassifiedRun> runs = sorted.stream().map(d -> new ClassifiedRun(d, classifier.classify(d))).toList();
        EasyRelation overall = overallRelation(runs);
        List<WeekAfter> weekAfters = new WeekAfters(runs, overall.betaMpsPerBpm()).all();
        return new History(options.athlete(), runs, weekAfters,
                OvercookCosts.of(weekAfters, options.permutations(), options.seed()), WorkoutGroups.of(runs),
                WeeklyLoads.of(runs, load), load, TrialsFound.of(runs, options.trials()),
                efficiency(runs, overall), options);
    }

    /** The HR–speed relation over every easy eligible window of the history: the chart's yardstick. */
    private static EasyRelation overallRelation(List<ClassifiedRun> runs) {
        List<RunDigest> easy = runs.stream().filter(HistoryBuilder::efficiencyRun).map(ClassifiedRun::digest).toList();
        return EasyRelation.fit(easy, DEFAULT_BETA);
    }

    private static boolean efficiencyRun(ClassifiedRun r) {
        return r.runClass() == RunClass.EASY && r.digest().eligibility() == RunEligibility.ELIGIBLE
                && r.digest().windows().size() >= WeekAfters.MIN_WINDOWS && r.digest().localDate().isPresent();
    }

    private static List<EfficiencyPoint> efficiency(List<ClassifiedRun> runs, EasyRelation rel) {
        List<EfficiencyPoint> out = new ArrayList<>();
        List<LocalDate> hardDays = runs.stream().filter(r -> r.runClass().isHard())
                .flatMap(r -> r.digest().localDate().stream()).toList();
        for (ClassifiedRun r : runs) {
            if (!efficiencyRun(r)) {
                continue;
            }
            LocalDate d = r.digest().localDate().get();
            boolean after = hardDays.stream().anyMatch(h -> {
                long days = ChronoUnit.DAYS.between(h, d);
                return days >= 1 && days <= WeekAfters.POST_DAYS;
            });
            out.add(new EfficiencyPoint(r.id(), d, rel.speedAtRefMps(r.digest()), rel.refHrBpm(),
                    r.digest().windows().size(), r.runClass(), after));
        }
        return out;
    }
}
