package org.repcheck.assess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.repcheck.io.ReadException;
import org.repcheck.io.Readers;
import org.repcheck.model.Activity;
import org.repcheck.model.GeoDistance;
import org.repcheck.model.Samples;

/**
 * The true reps of corpus/reps (REPS.tsv: start, end and the watch's distance) measured again on the lapless GPX
 * twin of the same session: how far apart two GPS distances of the same stretch are, per rep. Shared by the
 * calibration test and by anyone re-measuring the model's GPS error.
 */
final class GpsTwinSurvey {
    static final Path REPS = Path.of("..", "shared", "corpus", "reps");

    /** One true rep: the watch's distance and the twin GPX's haversine distance over the same seconds. */
    record Pair(String file, int rep, double durationS, double watchM, double twinM, double fitTrackM) {
        double relativeGap() {
            return (twinM - watchM) / watchM;
        }
    }

    private GpsTwinSurvey() {
    }

    static List<Pair> pairs() throws IOException, ReadException {
        List<String> lines = Files.readAllLines(REPS.resolve("REPS.tsv"));
        Readers readers = new Readers();
        List<Pair> out = new ArrayList<>();
        String loadedFor = "";
        Activity twin = null;
        Activity fit = null;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            String file = f[0];
            Path gpx = REPS.resolve("gpx").resolve(file.replaceAll("\\.(fit|tcx)$", ".gpx"));
            if (!file.endsWith(".fit") || !Files.isRegularFile(gpx)) {
                continue;
            }
            if (!file.equals(loadedFor)) {
                twin = readers.read(gpx);
                fit = readers.read(REPS.resolve("files").resolve(file));
                loadedFor = file;
            }
            if (twin.start().isEmpty() || !twin.hasGps()) {
                continue;
            }
            Instant start = Instant.parse(f[2]);
            Instant end = Instant.parse(f[3]);
            double twinM = trackM(twin, start, end);
            double fitM = fit.hasGps() ? trackM(fit, start, end) : Double.NaN;
            if (Double.isFinite(twinM) && twinM > 0) {
                out.add(new Pair(file, Integer.parseInt(f[1]), Double.parseDouble(f[4]), Double.parseDouble(f[5]),
                        twinM, fitM));
            }
        }
        return out;
    }

    /** Haversine length of the track between two instants, positions interpolated at both ends. */
    static double trackM(Activity a, Instant from, Instant to) {
        Samples s = a.samples();
        double t0 = (from.toEpochMilli() - a.start().get().toEpochMilli()) / 1000.0;
        double t1 = (to.toEpochMilli() - a.start().get().toEpochMilli()) / 1000.0;
        List<double[]> pts = new ArrayList<>();
        double[] prev = null;
        for (int i = 0; i < s.size(); i++) {
            double t = s.time(i);
            double lat = s.lat(i);
            double lon = s.lon(i);
            if (Double.isNaN(t) || Double.isNaN(lat) || Double.isNaN(lon)) {
                continue;
            }
            double[] p = {t, lat, lon};
            if (prev != null && prev[0] < t0 && t >= t0) {
                pts.add(at(prev, p, t0));
            }
            if (t >= t0 && t <= t1) {
                pts.add(p);
            }
            if (prev != null && prev[0] < t1 && t > t1) {
                pts.add(at(prev, p, t1));
            }
            prev = p;
        }
        if (pts.size() < 2) {
            return Double.NaN;
        }
        double d = 0;
        for (int i = 1; i < pts.size(); i++) {
            d += GeoDistance.haversineM(pts.get(i - 1)[1], pts.get(i - 1)[2], pts.get(i)[1], pts.get(i)[2]);
        }
        return d;
    }

    private static double[] at(double[] a, double[] b, double t) {
        double w = (t - a[0]) / (b[0] - a[0]);
        return new double[] {t, a[1] + w * (b[1] - a[1]), a[2] + w * (b[2] - a[2])};
    }
}
