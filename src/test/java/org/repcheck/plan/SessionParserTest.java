package org.repcheck.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.repcheck.model.StepLength;

class SessionParserTest {
    private static SessionSpec.Item work(int count, StepLength l) {
        return new SessionSpec.Item(count, new SessionUnit.Work(l));
    }

    @Test
    void repsWithADistanceRecovery() throws Exception {
        assertThat(SessionParser.parse("6x400m/200m")).isEqualTo(new SessionSpec(
                List.of(work(6, StepLength.metres(400))), Optional.of(StepLength.metres(200))));
    }

    @Test
    void kilometreRepsWithATimedRecovery() throws Exception {
        assertThat(SessionParser.parse("5x1k/90s")).isEqualTo(new SessionSpec(
                List.of(work(5, StepLength.metres(1000))), Optional.of(StepLength.seconds(90))));
    }

    @Test
    void timedRepsWithTimedRecoveries() throws Exception {
        assertThat(SessionParser.parse("8x1min/2min")).isEqualTo(new SessionSpec(
                List.of(work(8, StepLength.seconds(60))), Optional.of(StepLength.seconds(120))));
    }

    @Test
    void setsOfRepsWithALongerRecoveryBetweenSets() throws Exception {
        SessionSpec inner = new SessionSpec(List.of(work(4, StepLength.metres(400))), Optional.of(StepLength.metres(200)));
        assertThat(SessionParser.parse("3x(4x400m/200m)/4min")).isEqualTo(new SessionSpec(
                List.of(new SessionSpec.Item(3, inner)), Optional.of(StepLength.seconds(240))));
    }

    @Test
    void aLadderSharesOneRecovery() throws Exception {
        assertThat(SessionParser.parse("1600m,1200m,800m,400m/400m")).isEqualTo(new SessionSpec(
                List.of(work(1, StepLength.metres(1600)), work(1, StepLength.metres(1200)),
                        work(1, StepLength.metres(800)), work(1, StepLength.metres(400))),
                Optional.of(StepLength.metres(400))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "6 X 400 m / 200 m|6x400m/200m",
            "6×400/200|6x400m/200m",
            "5x1km/1:30|5x1k/90s",
            "4x1mi/3min|4x1mi/3min",
            "4x1609.344m/3min|4x1mi/3min",
            "10x200m|10x200m",
            "2x(3x1k/60s)/5min|2x(3x1k/1min)/5min"})
    void spellingsRunnersUseReadAsTheSameSession(String text, String canonical) throws Exception {
        SessionSpec spec = SessionParser.parse(text);
        assertThat(spec.text()).isEqualTo(canonical);
        assertThat(SessionParser.parse(spec.text())).as("the canonical text reads back the same").isEqualTo(spec);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "6x|3|after 'x'",
            "400m/|6|the recovery after '/'",
            "0x400m/200m|1|a rep count must be from 1 to 50",
            "6x400q/200m|6|expected a unit after 400",
            "3x(4x400m/200m|15|')' to close the '(' at position 3",
            "6x400m/200m)|12|a ')' without its '('",
            "6x400m/200m,2x200m|12|expected ',', '/' or the end",
            "6x1/2|3|too short for a rep",
            "5x1k/1:3|8|M:SS",
            "x400m|1|expected a rep count",
            "51x400m|1|from 1 to 50"})
    void malformedTextNamesThePositionAndWhatWasExpected(String text, int position, String expected) {
        assertThatThrownBy(() -> SessionParser.parse(text))
                .isInstanceOfSatisfying(SessionSyntaxException.class, e -> {
                    assertThat(e.position()).isEqualTo(position);
                    assertThat(e.getMessage()).contains("at position " + position).contains(expected)
                            .contains("'" + text + "'");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "((((6x400m))))", "6x400m//200m", "6x400m/200q"})
    void otherNonsenseIsASyntaxErrorNeverAnotherException(String text) {
        assertThatThrownBy(() -> SessionParser.parse(text)).isInstanceOf(SessionSyntaxException.class);
    }

    @Test
    void aWarmUpLengthReadsOnItsOwn() throws Exception {
        assertThat(SessionParser.length("15min")).isEqualTo(StepLength.seconds(900));
        assertThat(SessionParser.length("2k")).isEqualTo(StepLength.metres(2000));
        assertThatThrownBy(() -> SessionParser.length("2k3")).isInstanceOf(SessionSyntaxException.class)
                .hasMessageContaining("position 3");
    }
}
