package org.repcheck.batch;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.repcheck.history.History;
import org.repcheck.history.HistoryBuilder;
import org.repcheck.history.HistoryOptions;
import org.repcheck.history.RunDigest;
import org.repcheck.history.RunDigests;
import org.repcheck.model.Analysis;

/**
 * The history side of a batch (issue 12): each analysed file's {@link RunDigest}, kept by input order with its
 * athlete, and each athlete's {@link History} built from them once every file is done. {@code analyze} and
 * {@code history} both digest and build here, with the same ids and options, so they give the same numbers.
 */
public final class HistoryRuns {
    /** A history worth a page: at least this many runs … */
    public static final int MIN_RUNS = 6;
    /** … spread over at least this many days (two weeks: a week after and a baseline need more than one week). */
    public static final long MIN_DAYS = 14;

    /** One athlete's history. */
    public record AthleteHistory(Athlete athlete, History history) {
    }

    private record Entry(Athlete athlete, RunDigest digest) {
    }

    private final Map<Integer, Entry> byOrder = new ConcurrentHashMap<>();

    /** The digest of one analysed file: its id is the report folder's, so the history can link the report. */
    public static RunDigest digest(String reportId, Analysis analysis) {
        return RunDigests.of(reportId, analysis);
    }

    /** Keeps the digest of the input at {@code order}; safe from the batch's workers. */
    public void add(int order, Athlete athlete, RunDigest digest) {
        byOrder.put(order, new Entry(athlete, digest));
    }

    /**
     * Every athlete's history, in order of their first input, from the digests of the inputs not folded into
     * another as the same run ({@code duplicates}: the orders {@link Duplicates#find} maps away). Only athletes
     * whose runs {@link #holdsHistory hold a history} are returned.
     */
    public List<AthleteHistory> build(Set<Integer> duplicates) {
        Map<String, List<RunDigest>> digests = new LinkedHashMap<>();
        Map<String, Athlete> athletes = new LinkedHashMap<>();
        byOrder.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(e -> !duplicates.contains(e.getKey()))
                .forEach(e -> {
                    athletes.putIfAbsent(e.getValue().athlete().key(), e.getValue().athlete());
                    digests.computeIfAbsent(e.getValue().athlete().key(), k -> new ArrayList<>())
                            .add(e.getValue().digest());
                });
        List<AthleteHistory> out = new ArrayList<>();
        for (Map.Entry<String, List<RunDigest>> e : digests.entrySet()) {
            Athlete a = athletes.get(e.getKey());
            if (!holdsHistory(e.getValue())) {
                continue;
            }
            out.add(new AthleteHistory(a, HistoryBuilder.build(e.getValue(), options(a))));
        }
        return out;
    }

    /** The options an athlete's history is built with: their name and their time trials. */
    static HistoryOptions options(Athlete a) {
        return HistoryOptions.defaults().withAthlete(a.name()).withPlan(a.pipeline().plan());
    }

    /**
     * Whether these runs make a history: {@link #MIN_RUNS} runs or more, the first and last at least
     * {@link #MIN_DAYS} days apart. A folder of a few sessions keeps its plain index.
     */
    public static boolean holdsHistory(List<RunDigest> digests) {
        List<java.time.LocalDate> dates = digests.stream().filter(RunDigest::isRunning)
                .flatMap(d -> d.localDate().stream()).sorted().toList();
        return dates.size() >= MIN_RUNS
                && ChronoUnit.DAYS.between(dates.get(0), dates.get(dates.size() - 1)) >= MIN_DAYS;
    }
}
