package org.repcheck.cli;

import picocli.CommandLine.Mixin;

/**
 * The options every command that judges reps shares: the time trials ({@link TargetArgs}), where reps come from
 * ({@link DetectOption}) and the sport ({@link SportOption}); they make the athletes each input is judged as.
 */
final class JudgingOptions {
    @Mixin
    TargetArgs targets = new TargetArgs();

    @Mixin
    DetectOption detect = new DetectOption();

    @Mixin
    SportOption sport = new SportOption();

    Athletes athletes() {
        return new Athletes(targets, detect.mode(), sport.sport());
    }
}
