package org.repcheck.batch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.repcheck.model.Format;

/**
 * The same run exported twice — the FIT from Garmin and the GPX from Strava, or one file under two names — is one
 * activity, and counting it twice doubles its reps and its overcooked ones. Two inputs of the same athlete are the
 * same activity when their bytes are the same, or when they started within a minute of each other and their
 * distances differ by 2 % or less. Of each such group the richest file is kept (FIT, then TCX, then GPX: laps,
 * workout steps and sensors survive in that order), then the one read without salvage, then the first given.
 */
public final class Duplicates {
    static final Duration START_WINDOW = Duration.ofMinutes(1);
    static final double DISTANCE_SHARE = 0.02;

    /**
     * What the batch knows of one analysed input when it looks for duplicates.
     *
     * @param order      the input's position in the batch
     * @param athleteKey only one athlete's files can be the same run (two runners on one track are not)
     * @param contentId  the hash of the file's bytes (its activity id)
     * @param warnings   how much reading had to salvage: of two FIT files of one run, the intact one is kept
     */
    public record Print(int order, String athleteKey, String contentId, Optional<Instant> start, double distanceM,
                        Format format, int warnings) {
    }

    private Duplicates() {
    }

    /** For each input that duplicates another, the order of the one kept; inputs kept are not in the map. */
    public static Map<Integer, Integer> find(List<Print> prints) {
        int n = prints.size();
        int[] parent = new int[n];
        Arrays.setAll(parent, i -> i);
        Map<String, Integer> byContent = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Integer same = byContent.putIfAbsent(prints.get(i).athleteKey() + "\0" + prints.get(i).contentId(), i);
            if (same != null) {
                union(parent, same, i);
            }
        }
        List<Integer> dated = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (prints.get(i).start().isPresent()) {
                dated.add(i);
            }
        }
        dated.sort(Comparator.comparing(i -> prints.get(i).start().orElseThrow()));
        for (int a = 0; a < dated.size(); a++) {
            Print pa = prints.get(dated.get(a));
            Instant limit = pa.start().orElseThrow().plus(START_WINDOW);
            for (int b = a + 1; b < dated.size() && !prints.get(dated.get(b)).start().orElseThrow().isAfter(limit); b++) {
                Print pb = prints.get(dated.get(b));
                if (pa.athleteKey().equals(pb.athleteKey()) && sameDistance(pa.distanceM(), pb.distanceM())) {
                    union(parent, dated.get(a), dated.get(b));
                }
            }
        }
        return losers(prints, parent);
    }

    private static Map<Integer, Integer> losers(List<Print> prints, int[] parent) {
        Map<Integer, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < prints.size(); i++) {
            groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(i);
        }
        Map<Integer, Integer> out = new HashMap<>();
        for (List<Integer> g : groups.values()) {
            if (g.size() < 2) {
                continue;
            }
            int keep = g.stream().min(Comparator.comparingInt((Integer i) -> rank(prints.get(i).format()))
                    .thenComparingInt(i -> prints.get(i).warnings())
                    .thenComparingInt(i -> prints.get(i).order())).orElseThrow();
            for (int i : g) {
                if (i != keep) {
                    out.put(prints.get(i).order(), prints.get(keep).order());
                }
            }
        }
        return out;
    }

    static boolean sameDistance(double a, double b) {
        if (!(a > 0) || !(b > 0)) {
            return false; // an unknown distance cannot vouch for sameness; the content hash still can
        }
        return Math.abs(a - b) <= DISTANCE_SHARE * Math.max(a, b);
    }

    /** Richer first: FIT keeps laps, workout steps and every sensor; TCX keeps laps; GPX keeps the track. */
    static int rank(Format f) {
        return switch (f) {
            case FIT -> 0;
            case TCX -> 1;
            case GPX -> 2;
        };
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[root(parent, a)] = root(parent, b);
    }
}
