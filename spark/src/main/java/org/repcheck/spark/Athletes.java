package org.repcheck.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.repcheck.model.TimeTrial;
import org.repcheck.targets.AthleteProfile;
import org.repcheck.targets.TargetException;
import org.repcheck.targets.TargetOptions;
import org.repcheck.targets.TargetPlan;
import org.repcheck.targets.TimeTrialSpec;

/**
 * Whose time trials judge a file. A file's athlete is the first folder below the input root it was found under
 * ({@code uploads/alex/2026/run.fit} → {@code alex}). Its profile, first match wins: the athlete's rows in the
 * profiles table; else the nearest {@code athlete.yaml} at or above the file; else the job's own {@code --tt}
 * (none: reps found but unjudged, as in the CLI). {@code --model} overrides every profile's model, as the CLI's
 * does. Broadcast to the executors; plans are built there from the same parsers the CLI uses.
 *
 * @param roots     qualified input roots, each ending in "/"
 * @param yamlByDir athlete.yaml text by the qualified folder (ending in "/") holding it
 * @param table     the profiles table's rows by athlete
 */
record Athletes(List<String> roots, Map<String, String> yamlByDir, Map<String, TableProfile> table,
                List<String> timeTrials, String modelName) implements Serializable {
    static final String DEFAULT = "default";
    private static final String TABLE = "table:";
    private static final String YAML = "yaml:";

    /** An athlete's rows of the profiles table: time trials in the CLI's {@code --tt} syntax, and a model. */
    record TableProfile(List<String> timeTrials, String modelName) implements Serializable {
        TableProfile {
            timeTrials = List.copyOf(timeTrials);
        }

        Optional<String> model() {
            return Optional.of(modelName).filter(m -> !m.isBlank());
        }
    }

    Athletes {
        roots = List.copyOf(roots);
        yamlByDir = Map.copyOf(yamlByDir);
        table = Map.copyOf(table);
        timeTrials = List.copyOf(timeTrials);
    }

    /** {@code --model}, overriding every profile's; Optional is not Serializable, so it is kept as "" for none. */
    Optional<String> model() {
        return Optional.of(modelName).filter(m -> !m.isBlank());
    }

    /** The athlete key of a file, or null when the file sits directly in an input root. */
    String athleteOf(String file) {
        for (String root : roots) {
            if (file.startsWith(root)) {
                String rest = file.substring(root.length());
                int slash = rest.indexOf('/');
                return slash > 0 ? rest.substring(0, slash) : null;
            }
        }
        return null;
    }

    /** Which profile is in force for the file: a key for {@link #plan}, shared by every file it covers. */
    String profileKey(String file, String athlete) {
        if (athlete != null && table.containsKey(athlete)) {
            return TABLE + athlete;
        }
        for (String dir = parent(file); dir != null; dir = parent(dir)) {
            if (yamlByDir.containsKey(dir)) {
                return YAML + dir;
            }
        }
        return DEFAULT;
    }

    /** The plan for a profile key; a bad time trial or YAML is a TargetException naming it. */
    TargetPlan plan(String key) throws TargetException {
        TargetOptions options = TargetOptions.DEFAULTS;
        if (key.startsWith(TABLE)) {
            TableProfile p = table.get(key.substring(TABLE.length()));
            return TargetPlan.from(parse(p.timeTrials()), Optional.empty(), model().or(p::model), options);
        }
        if (key.startsWith(YAML)) {
            String dir = key.substring(YAML.length());
            AthleteProfile p = AthleteProfile.parse(dir + "athlete.yaml", yamlByDir.get(dir));
            return TargetPlan.from(List.of(), Optional.of(p), model(), options);
        }
        return TargetPlan.from(parse(timeTrials), Optional.empty(), model(), options);
    }

    private static List<TimeTrial> parse(List<String> specs) throws TargetException {
        List<TimeTrial> out = new ArrayList<>();
        for (String s : specs) {
            out.add(TimeTrialSpec.parse(s));
        }
        return out;
    }

    /** "file:/a/b/c.fit" → "file:/a/b/", "file:/a/b/" → "file:/a/", and null past the top. */
    static String parent(String path) {
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        int slash = p.lastIndexOf('/');
        return slash < 0 || p.substring(0, slash).endsWith(":") ? null : p.substring(0, slash + 1);
    }
}
