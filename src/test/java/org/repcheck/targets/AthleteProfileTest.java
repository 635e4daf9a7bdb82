package org.repcheck.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AthleteProfileTest {
    @TempDir
    Path dir;

    Path write(String text) throws IOException {
        Path p = dir.resolve("athlete.yaml");
        Files.writeString(p, text);
        return p;
    }

    @Test
    void contractExampleLoads() throws Exception {
        AthleteProfile p = AthleteProfile.load(write("""
                name: Alex
                time_trials:
                  - { distance: 5k, time: "20:00", date: 2026-09-01 }
                  - { distance: 8k, time: "33:10", date: 2026-10-12 }
                model: coach          # coach | daniels | riegel | critical-speed
                """));
        assertThat(p.name()).isEqualTo("Alex");
        assertThat(p.model()).contains("coach");
        assertThat(p.timeTrials()).hasSize(2);
        assertThat(p.timeTrials().get(0).distanceM()).isEqualTo(5000);
        assertThat(p.timeTrials().get(0).timeS()).isEqualTo(1200);
        assertThat(p.timeTrials().get(0).date()).contains(LocalDate.of(2026, 9, 1));
        assertThat(p.timeTrials().get(1).timeS()).isEqualTo(1990);
    }

    @Test
    void blockStyleUnquotedValuesAndNoModel() throws Exception {
        AthleteProfile p = AthleteProfile.load(write("""
                time_trials:
                  - distance: 400
                    time: 75
                  - distance: 1mi
                    time: "5:40"
                """));
        assertThat(p.name()).isEmpty();
        assertThat(p.model()).isEmpty();
        assertThat(p.timeTrials()).extracting(t -> t.distanceM()).containsExactly(400.0, 1609.344);
        assertThat(p.timeTrials().get(1).date()).isEmpty();
    }

    @Test
    void unquotedClockTimeIsStillATime() throws Exception {
        AthleteProfile p = AthleteProfile.load(write("time_trials:\n  - { distance: 5k, time: 20:00 }\n"));
        assertThat(p.timeTrials().get(0).timeS()).isEqualTo(1200);
    }

    @Test
    void modelAliasesAreCanonical() throws Exception {
        assertThat(AthleteProfile.load(write("model: Critical-Speed\n")).model()).contains("critical-speed");
    }

    @Test
    void brokenYamlNamesFileAndLine() throws Exception {
        Path p = write("""
                name: Alex
                time_trials:
                  - { distance: 5k, time: "20:00"
                model: coach
                """);
        assertThatThrownBy(() -> AthleteProfile.load(p))
                .isInstanceOf(TargetException.class)
                .hasMessageStartingWith(p + " line ")
                .hasMessageContaining("not valid YAML")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void badTimeNamesItsLine() throws Exception {
        Path p = write("""
                name: Alex
                time_trials:
                  - { distance: 5k, time: "20:00", date: 2026-09-01 }
                  - { distance: 5k, time: "2000" }
                model: coach
                """);
        assertThatThrownBy(() -> AthleteProfile.load(p))
                .hasMessageStartingWith(p + " line 4: time '2000' is ambiguous");
    }

    @Test
    void badDateInBlockStyleNamesTheDateLine() throws Exception {
        Path p = write("""
                time_trials:
                  - distance: 5k
                    time: "20:00"
                    date: 2026-13-45
                """);
        assertThatThrownBy(() -> AthleteProfile.load(p)).hasMessageStartingWith(p + " line 4: date '2026-13-45' is not a date");
    }

    @Test
    void unknownModelListsTheValidOnes() throws Exception {
        Path p = write("time_trials:\n  - { distance: 5k, time: \"20:00\" }\nmodel: jack-daniels\n");
        assertThatThrownBy(() -> AthleteProfile.load(p))
                .hasMessage(p + " line 3: unknown model 'jack-daniels'; use one of coach, daniels, riegel, critical-speed");
    }

    @Test
    void unknownKeyNamesItsLine() throws Exception {
        Path p = write("name: Alex\ntime_trails:\n  - { distance: 5k, time: \"20:00\" }\n");
        assertThatThrownBy(() -> AthleteProfile.load(p)).hasMessageStartingWith(p + " line 2: unknown key 'time_trails'");
    }

    @Test
    void trialWithoutTime() throws Exception {
        Path p = write("time_trials:\n  - { distance: 5k }\n");
        assertThatThrownBy(() -> AthleteProfile.load(p)).hasMessageStartingWith(p + " line 2: a time trial needs a distance and a time");
    }

    @Test
    void emptyAndNonMappingFiles() throws Exception {
        Path empty = write("");
        assertThatThrownBy(() -> AthleteProfile.load(empty)).hasMessageContaining("empty");
        Path list = write("- 5k\n");
        assertThatThrownBy(() -> AthleteProfile.load(list)).hasMessageContaining("must be a mapping");
    }

    @Test
    void missingFile() {
        Path missing = dir.resolve("nope.yaml");
        assertThatThrownBy(() -> AthleteProfile.load(missing)).isInstanceOf(TargetException.class)
                .hasMessageStartingWith(missing + ": no such profile");
    }

    @Test
    void hrMaxAndRestAreTheRunnersOwnAnchors() throws Exception {
        AthleteProfile p = AthleteProfile.load(write("""
                name: Alex
                hr_max: 192
                hr_rest: 48
                """));
        assertThat(p.heartRate().maxBpm()).hasValue(192);
        assertThat(p.heartRate().restBpm()).hasValue(48);
        assertThat(AthleteProfile.load(write("name: Alex\n")).heartRate()).isEqualTo(HeartRateAnchors.NONE);
        assertThat(TargetPlan.from(java.util.List.of(), java.util.Optional.of(p), java.util.Optional.empty(),
                TargetOptions.DEFAULTS).heartRate()).isEqualTo(p.heartRate());
    }

    @Test
    void aRestingHrWithoutHrMaxOrAMistypedOneNamesTheLine() throws Exception {
        assertThatThrownBy(() -> AthleteProfile.load(write("name: A\nhr_rest: 48\n")))
                .hasMessageContaining("line 2").hasMessageContaining("give hr_max too");
        assertThatThrownBy(() -> AthleteProfile.load(write("name: A\nhr_max: 1920\n")))
                .hasMessageContaining("line 2").hasMessageContaining("outside 120-230 bpm");
        assertThatThrownBy(() -> AthleteProfile.load(write("name: A\nhr_max: fast\n")))
                .hasMessageContaining("line 2").hasMessageContaining("not a heart rate");
        assertThatThrownBy(() -> AthleteProfile.load(write("name: A\nhr_max: 150\nhr_rest: 120\n")))
                .hasMessageContaining("line 3").hasMessageContaining("outside 25-110 bpm");
        assertThatThrownBy(() -> AthleteProfile.load(write("name: A\nhr_max: 140\nhr_rest: 105\n")))
                .hasMessageContaining("line 3").hasMessageContaining("not well below hr_max");
    }
}
