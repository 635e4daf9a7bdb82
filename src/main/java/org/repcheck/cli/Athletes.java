package org.repcheck.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.repcheck.batch.Athlete;
import org.repcheck.batch.Input;
import org.repcheck.batch.Pipeline;
import org.repcheck.batch.ProfileFinder;
import org.repcheck.detect.DetectMode;
import org.repcheck.targets.AthleteProfile;
import org.repcheck.targets.TargetException;
import org.repcheck.targets.TargetPlan;

/**
 * Whose time trials judge each input. With {@code --profile}, {@code --tt} or {@code --tt-file} given, those judge
 * every input. Otherwise each input takes the nearest athlete.yaml at or above it, so a coach's folder of athletes
 * judges each runner by their own trials; an input with none is found and shown, unjudged. Profiles are read once.
 */
final class Athletes implements Athlete.Roster {
    private final TargetArgs targets;
    private final DetectMode detect;
    private final Optional<String> sport;
    private final ProfileFinder finder = new ProfileFinder();
    private final Map<Optional<Path>, Athlete> byProfile = new ConcurrentHashMap<>();
    private final Athlete forAll;
    private volatile boolean anyTimeTrial;

    /** @param sport {@code --sport}: every input taken as this sport, whoever's it is */
    Athletes(TargetArgs targets, DetectMode detect, Optional<String> sport) {
        this.targets = targets;
        this.detect = detect;
        this.sport = sport;
        this.forAll = targets.given()
                ? Athlete.everyone(Optional.ofNullable(targets.profile).map(Athletes::name).orElse(""),
                        pipeline(Optional.empty()))
                : null;
    }

    /** True when some input's athlete has a time trial (else the reps are found but none can be judged). */
    boolean anyTimeTrial() {
        return anyTimeTrial;
    }

    private Pipeline pipeline(Optional<Path> profile) {
        TargetPlan plan = targets.plan(profile);
        anyTimeTrial |= plan.hasTrials();
        return new Pipeline(detect, plan, sport);
    }

    /** Reads every profile these inputs use now, so a broken one is a usage error before any file is analysed. */
    void check(Iterable<Input> inputs) {
        for (Input in : inputs) {
            of(in);
        }
    }

    @Override
    public Athlete of(Input input) {
        if (forAll != null) {
            return forAll;
        }
        Optional<Path> profile = input.origin().flatMap(finder::nearest);
        return byProfile.computeIfAbsent(profile, p -> new Athlete(p.map(Athletes::name).orElse(""),
                p.map(Path::toString).orElse(""), pipeline(p)));
    }

    /** The profile's name, else the name of the folder it sits in ("athletes/chris/athlete.yaml" → "chris"). */
    private static String name(Path profile) {
        try {
            String n = AthleteProfile.load(profile).name().strip();
            if (!n.isEmpty()) {
                return n;
            }
        } catch (TargetException e) {
            throw new UsageException(e.getMessage());
        }
        Path dir = profile.toAbsolutePath().normalize().getParent();
        return dir == null || dir.getFileName() == null ? "" : dir.getFileName().toString();
    }
}
