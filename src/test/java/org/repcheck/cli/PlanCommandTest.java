package org.repcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13, acceptance 2: every session form goes text → {@code plan -o FILE.fit} → {@code inspect --json FILE.fit}
 * and comes back as the same steps; malformed text exits 2 with one line naming the position.
 */
class PlanCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"6x400m/200m", "5x1k/90s", "8x1min/2min", "3x(4x400m/200m)/4min",
            "1600m,1200m,800m,400m/400m"})
    void everyGrammarFormRoundTripsThroughTheWorkoutFile(String session) throws Exception {
        Path fit = dir.resolve("plan.fit");
        Cli plan = Cli.run("plan", session, "--tt", "5k=20:00", "--alert-margin", "1.5", "-o", fit.toString(), "--json");
        assertThat(plan.exit()).as(plan.err()).isZero();
        assertThat(fit).isRegularFile();
        JsonNode planned = JSON.readTree(plan.out());
        assertThat(planned.path("session").asText()).isEqualTo(session);

        Cli inspect = Cli.run("inspect", "--json", fit.toString());
        assertThat(inspect.exit()).as(inspect.err()).isZero();
        JsonNode read = JSON.readTree(inspect.out()).get(0);
        assertThat(read.path("file_type").asText()).isEqualTo("workout");
        // Both documents say their shape first, as every JSON document repcheck prints (docs/json.md).
        assertThat(planned.fieldNames().next()).isEqualTo("schema_version");
        assertThat(read.fieldNames().next()).isEqualTo("schema_version");
        assertThat(read.path("name").asText()).isEqualTo(session);
        assertThat(read.path("sport").asText()).isEqualTo("running");
        assertThat(read.path("warnings")).isEmpty();
        assertThat(read.path("steps")).isEqualTo(planned.path("steps"));
        // Not vacuous: every work step went to the file with a speed range, every other step without one.
        assertThat(planned.path("steps").toString()).contains("\"intensity\":\"active\"").contains("fast_m_per_s");
    }

    @Test
    void theTableShowsTheRepTimesAndSaysHowToLoadTheFile() throws Exception {
        Path fit = dir.resolve("tue.fit");
        Cli plan = Cli.run("plan", "6x400m/200m", "--tt", "5k=20:00", "-o", fit.toString(), "--warmup", "15min",
                "--cooldown", "2k", "--name", "Tuesday 400s");
        assertThat(plan.exit()).as(plan.err()).isZero();
        assertThat(plan.out()).contains("6 ×").contains("3:48.0–3:52.0 /km").contains("1:31.2–1:32.8")
                .contains("15:00").contains("2 km").contains("GARMIN/NewFiles");
        Cli inspect = Cli.run("inspect", fit.toString());
        assertThat(inspect.out()).contains("workout 'Tuesday 400s' (running)").contains("1:31.2–1:32.8");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"6x|3", "400m/|6", "0x400m/200m|1", "6x400q/200m|6"})
    void malformedSessionsExit2WithOneLineNamingThePosition(String session, int position) {
        Path fit = dir.resolve("bad.fit");
        Cli plan = Cli.run("plan", session, "--tt", "5k=20:00", "-o", fit.toString());
        assertThat(plan.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(plan.err().lines()).hasSize(1).first().asString()
                .startsWith("repcheck: session '" + session + "'").contains("at position " + position);
        assertThat(plan.noStackTrace()).isTrue();
        assertThat(Files.exists(fit)).as("no file for a session that does not parse").isFalse();
    }

    @Test
    void withoutATimeTrialThereAreNoTargetsToSetSoItIsAUsageError() {
        Cli plan = Cli.run("plan", "6x400m/200m");
        assertThat(plan.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(plan.err()).contains("--tt 5k=20:00");
    }

    @Test
    void aBadWarmUpNamesTheOption() {
        Cli plan = Cli.run("plan", "6x400m/200m", "--tt", "5k=20:00", "--warmup", "15q");
        assertThat(plan.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(plan.err()).startsWith("repcheck: --warmup '15q': at position 3");
    }
}
