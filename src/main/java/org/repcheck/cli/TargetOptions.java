package org.repcheck.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.repcheck.io.ReadException;
import org.repcheck.io.Readers;
import org.repcheck.model.Activity;
import org.repcheck.model.TimeTrial;
import org.repcheck.targets.AthleteProfile;
import org.repcheck.targets.BestEffort;
import org.repcheck.targets.TargetException;
import org.repcheck.targets.TargetModels;
import org.repcheck.targets.TargetPlan;
import org.repcheck.targets.TimeTrialSpec;
import picocli.CommandLine.Option;

/** Where the time trials come from (--tt, --tt-file, --profile) and which model turns them into targets. */
final class TargetOptions {
    @Option(names = "--tt", paramLabel = "DIST=TIME[@DATE]",
            description = "A time trial, e.g. 5k=20:00 or 8k=33:10@2026-10-12. Repeatable.")
    List<String> timeTrials = new ArrayList<>();

    @Option(names = "--tt-file", paramLabel = "FILE", description = "A recorded time trial (FIT, GPX or TCX).")
    Path ttFile;

    @Option(names = "--tt-distance", paramLabel = "DIST",
            description = "With --tt-file: use the fastest stretch of this distance inside it (e.g. 5k).")
    String ttDistance;

    @Option(names = "--profile", paramLabel = "FILE", description = "An athlete YAML with dated time trials and a model.")
    Path profile;

    @Option(names = "--model", paramLabel = "MODEL",
            description = "coach (default), daniels, riegel or critical-speed.")
    String model;

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
            List<TimeTrial> trials = new ArrayList<>();
            Optional<String> profileModel = Optional.empty();
            Optional<Path> profilePath = profile != null ? Optional.of(profile)
                    : given() ? Optional.empty() : fallbackProfile;
            if (profilePath.isPresent()) {
                if (!Files.isRegularFile(profilePath.get())) {
                    throw new UsageException("--profile " + profilePath.get() + ": no such file");
                }
                AthleteProfile p = AthleteProfile.load(profilePath.get());
                trials.addAll(p.timeTrials());
                profileModel = p.model();
            }
            for (String spec : timeTrials) {
                trials.add(TimeTrialSpec.parse(spec));
            }
            if (ttDistance != null && ttFile == null) {
                throw new UsageException("--tt-distance " + ttDistance + " needs --tt-file FILE");
            }
            if (ttFile != null) {
                trials.add(fromFile());
            }
            String m = model != null ? model : profileModel.orElse("coach");
            TargetModels.checkName(m);
            return new TargetPlan(trials, m);
        } catch (TargetException e) {
            throw new UsageException(e.getMessage());
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
                : OptionalDouble.of(TimeTrialSpec.parseDistance(ttDistance));
        TimeTrial best = BestEffort.of(a, d);
        // A recorded trial is dated by when it was run, so later workouts pick it up and earlier ones do not.
        return new TimeTrial(best.distanceM(), best.timeS(),
                a.start().map(s -> s.atZone(ZoneOffset.UTC).toLocalDate()));
    }
}
