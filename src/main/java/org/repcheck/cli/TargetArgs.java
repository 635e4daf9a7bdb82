package org.repcheck.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.repcheck.io.ReadException;
import org.repcheck.io.Readers;
import org.repcheck.model.Activity;
import org.repcheck.model.LocalClock;
import org.repcheck.model.TimeTrial;
import org.repcheck.targets.AthleteProfile;
import org.repcheck.targets.BestEffort;
import org.repcheck.targets.TargetException;
import org.repcheck.targets.TargetOptions;
import org.repcheck.targets.TargetPlan;
import org.repcheck.targets.TimeTrialSpec;
import picocli.CommandLine.Option;

/** Where the time trials come from (--tt, --tt-file, --profile) and which model turns them into targets. */
final class TargetArgs {
    @Option(names = "--tt", paramLabel = "DIST=TIME[@DATE]",
            description = "A time trial, e.g. 5k=20:00 or 8k=33:10@2026-10-12. Repeatable.")
    List<String> timeTrials = new ArrayList<>();

    @Option(names = "--tt-file", paramLabel = "FILE", description = "A recorded time trial (FIT, GPX or TCX).")
    Path ttFile;

    @Option(names = "--tt-distance", paramLabel = "DIST",
            description = "With --tt-file: use the fastest stretch of this distance inside it (e.g. 5k).")
    String ttDistance;

    @Option(names = "--profile", paramLabel = "FILE", description = "An athlete YAML with dated time trials and a model, for every input"
                    + " (without it, each input takes the nearest athlete.yaml at or above it).")
    Path profile;

    @Option(names = "--model", paramLabel = "MODEL",
            description = "coach (default), daniels, riegel or critical-speed.")
    String model;

    @Option(names = "--normalise-tt", description = "Normalise the TT to 5 km with Riegel before the coach rule.")
    boolean normaliseTo5k;

    /** True when the user said anything about time trials. */
    boolean given() {
        return !timeTrials.isEmpty() || ttFile != null || profile != null;
    }

    /**
     * The plan for these options; {@code fallbackProfile} (an athlete.yaml beside the inputs) is used only when
     * nothing was given on the command line.
     */
    TargetPlan plan(Optional<Path> fallbackProfile) {
        try {
            Optional<Path> profilePath = profile != null ? Optional.of(profile)
                    : given() ? Optional.empty() : fallbackProfile;
            Optional<AthleteProfile> athlete = Optional.empty();
            if (profilePath.isPresent()) {
                if (!Files.isRegularFile(profilePath.get())) {
                    throw new UsageException("--profile " + profilePath.get() + (Files.exists(profilePath.get())
                            ? ": not a regular file" : ": no such file"));
                }
                if (sizeOf(profilePath.get()) > MAX_PROFILE_BYTES) {
                    throw new UsageException("--profile " + profilePath.get() + ": larger than 1 MB; a profile is a"
                            + " few lines of YAML");
                }
                athlete = Optional.of(AthleteProfile.load(profilePath.get()));
            }
            List<TimeTrial> trials = new ArrayList<>();
            for (String spec : timeTrials) {
                trials.add(TimeTrialSpec.parse(spec));
            }
            if (ttDistance != null && ttFile == null) {
                throw new UsageException("--tt-distance " + ttDistance + " needs --tt-file FILE");
            }
            if (ttFile != null) {
                trials.add(fromFile());
            }
            TargetOptions options = new TargetOptions(normaliseTo5k, TargetOptions.DEFAULTS.dPrimeShare());
            return TargetPlan.from(trials, athlete, Optional.ofNullable(model), options);
        } catch (TargetException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** A profile is a few lines; a huge one is a mistake, and parsing it could take minutes. */
    private static final long MAX_PROFILE_BYTES = 1 << 20;

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (java.io.IOException e) {
            return 0; // reading it will say what is wrong
        }
    }

    private TimeTrial fromFile() throws TargetException {
        Activity a;
        try {
            a = new Readers().read(ttFile);
        } catch (ReadException e) {
            throw new UsageException("--tt-file " + e.getMessage());
        }
        OptionalDouble d = ttDistance == null ? OptionalDouble.empty()
                : OptionalDouble.of(TimeTrialSpec.parseTtDistance(ttDistance));
        TimeTrial best = BestEffort.of(a, d);
        // A recorded trial is dated by the local day it was run, so later workouts pick it up and earlier ones do not.
        Optional<LocalClock> clock = LocalClock.of(a, Optional.empty(), ZoneId.systemDefault());
        return new TimeTrial(best.distanceM(), best.timeS(), a.start().flatMap(s -> clock.map(c -> c.date(s))));
    }
}
