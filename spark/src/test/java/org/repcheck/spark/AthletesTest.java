package org.repcheck.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.repcheck.targets.TargetException;

/** Which athlete a listed file belongs to and which profile judges it, from the paths Spark lists. */
class AthletesTest {
    private final Athletes who = new Athletes(List.of("s3a://club/uploads/", "file:/data/in/"),
            Map.of("s3a://club/uploads/sam/", "name: Sam\ntime_trials:\n  - { distance: 5k, time: \"24:30\" }\n",
                    "s3a://club/uploads/sam/2026/track/", "name: Sam on the track\ntime_trials:\n"
                            + "  - { distance: 1mi, time: \"6:10\" }\n"),
            Map.of("alex", new Athletes.TableProfile(List.of("5k=19:10@2026-01-05"), "riegel")),
            List.of("5k=22:00"), "");

    @Test
    void theAthleteIsTheFirstFolderBelowTheInputRoot() {
        assertThat(who.athleteOf("s3a://club/uploads/alex/2026/10/run.fit")).isEqualTo("alex");
        assertThat(who.athleteOf("file:/data/in/kim/run.fit.gz")).isEqualTo("kim");
        assertThat(who.athleteOf("file:/data/in/loose.fit")).as("directly in the root: nobody's").isNull();
        assertThat(who.athleteOf("file:/elsewhere/x/run.fit")).isNull();
    }

    @Test
    void theTableWinsThenTheNearestAthleteYamlThenTheJobsTimeTrials() throws TargetException {
        assertThat(who.profileKey("s3a://club/uploads/alex/run.fit", "alex")).isEqualTo("table:alex");
        assertThat(who.plan("table:alex").model()).isEqualTo("riegel");
        assertThat(who.profileKey("s3a://club/uploads/sam/2026/track/a.fit", "sam"))
                .isEqualTo("yaml:s3a://club/uploads/sam/2026/track/");
        assertThat(who.profileKey("s3a://club/uploads/sam/2026/road/b.fit", "sam")).isEqualTo("yaml:s3a://club/uploads/sam/");
        assertThat(who.plan("yaml:s3a://club/uploads/sam/").trials()).singleElement()
                .satisfies(tt -> assertThat(tt.timeS()).isEqualTo(1470.0));
        assertThat(who.profileKey("file:/data/in/kim/run.fit", "kim")).isEqualTo(Athletes.DEFAULT);
        assertThat(who.plan(Athletes.DEFAULT).trials()).singleElement()
                .satisfies(tt -> assertThat(tt.timeS()).isEqualTo(1320.0));
    }

    @Test
    void aModelGivenToTheJobOverridesEveryProfiles() throws TargetException {
        Athletes daniels = new Athletes(who.roots(), who.yamlByDir(), who.table(), who.timeTrials(), "daniels");
        assertThat(daniels.plan("table:alex").model()).isEqualTo("daniels");
        assertThat(daniels.plan("yaml:s3a://club/uploads/sam/").model()).isEqualTo("daniels");
    }

    @Test
    void aBadTimeTrialIsATargetExceptionNamingIt() {
        Athletes bad = new Athletes(who.roots(), Map.of(), Map.of(), List.of("5k=soon"), "");
        assertThatThrownBy(() -> bad.plan(Athletes.DEFAULT)).isInstanceOf(TargetException.class).hasMessageContaining("soon");
    }

    @Test
    void parentsWalkUpToTheTopFolder() {
        assertThat(Athletes.parent("s3a://club/uploads/a.fit")).isEqualTo("s3a://club/uploads/");
        assertThat(Athletes.parent("s3a://club/uploads/")).isEqualTo("s3a://club/");
        assertThat(Athletes.parent("file:/data/in/a.fit")).isEqualTo("file:/data/in/");
        assertThat(Athletes.parent("file:/data/")).as("an athlete.yaml at / judges nobody").isNull();
    }
}
