package org.repcheck.batch;

import java.util.List;
import java.util.Optional;
import org.repcheck.model.Analysis;

/**
 * What became of one input: its analysis, or the one-line reason it could not be read. Warnings (a salvaged file)
 * travel inside the analysis's activity.
 *
 * @param activityId the stable folder name of its report, when it was read
 */
public record Outcome(Input input, Optional<Analysis> analysis, Optional<String> activityId, Optional<String> error) {
    public static Outcome failed(Input input, String error) {
        return new Outcome(input, Optional.empty(), Optional.empty(), Optional.of(error));
    }

    public boolean ok() {
        return analysis.isPresent();
    }

    public List<String> warnings() {
        return analysis.map(a -> a.session().activity().warnings()).orElse(List.of());
    }
}
