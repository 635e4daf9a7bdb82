package org.repcheck.cli;

import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --sport}: the sport of every input, for files that do not say or say it wrongly. */
final class SportOption {
    /** The sports a user may set; the names are the model's. */
    enum Sport { running, cycling, walking, hiking }

    @Option(names = "--sport", paramLabel = "running|cycling|walking|hiking",
            description = "Treat every input as this sport (default: the file's; a file that does not say is judged "
                    + "as a run when its speeds are a runner's).")
    Sport sport;

    Optional<String> sport() {
        return Optional.ofNullable(sport).map(Enum::name);
    }
}
