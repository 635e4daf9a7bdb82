package org.repcheck.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.repcheck.targets.TargetException;

/**
 * The athletes' time trials as a table, one row per TT: {@code athlete,tt[,model]} with {@code tt} in the CLI's
 * {@code --tt} syntax ({@code 5k=20:00@2026-09-01}). CSV with a header (by the .csv name) or Parquet otherwise.
 * Collected on the driver: one row per time trial is small beside the uploads it judges.
 */
final class ProfilesTable {
    private ProfilesTable() {
    }

    static Map<String, Athletes.TableProfile> read(SparkSession spark, Optional<String> path) throws TargetException {
        if (path.isEmpty()) {
            return Map.of();
        }
        String p = path.get();
        Dataset<Row> t = p.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")
                ? spark.read().option("header", "true").csv(p) : spark.read().parquet(p);
        List<String> cols = Arrays.asList(t.columns());
        if (!cols.contains("athlete") || !cols.contains("tt")) {
            throw new TargetException("--profiles " + p + ": needs columns athlete and tt (and optionally model), has "
                    + String.join(", ", cols));
        }
        boolean hasModel = cols.contains("model");
        Map<String, List<String>> tts = new HashMap<>();
        Map<String, String> models = new HashMap<>();
        List<String> wanted = hasModel ? List.of("athlete", "tt", "model") : List.of("athlete", "tt");
        for (Row r : t.selectExpr(wanted.toArray(String[]::new)).collectAsList()) {
            if (r.isNullAt(0) || r.isNullAt(1)) {
                continue;
            }
            String athlete = r.getString(0).trim();
            tts.computeIfAbsent(athlete, a -> new ArrayList<>()).add(r.getString(1).trim());
            if (hasModel && !r.isNullAt(2) && !r.getString(2).isBlank()) {
                models.putIfAbsent(athlete, r.getString(2).trim());
            }
        }
        Map<String, Athletes.TableProfile> out = new HashMap<>();
        tts.forEach((a, list) -> out.put(a, new Athletes.TableProfile(list, models.getOrDefault(a, ""))));
        return out;
    }
}
