package org.repcheck.cli;

import org.repcheck.detect.DetectMode;
import picocli.CommandLine.Option;

/** {@code --detect}: where reps come from, for every command that finds them. */
final class DetectOption {
    @Option(names = "--detect", paramLabel = "auto|workout|laps|signal", defaultValue = "auto",
            description = "Where reps come from: workout steps, else laps, else the speed signal (auto); or force one.")
    DetectMode detect = DetectMode.AUTO;

    DetectMode mode() {
        return detect;
    }
}
