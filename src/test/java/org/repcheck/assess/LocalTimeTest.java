package org.repcheck.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.repcheck.io.Readers;
import org.repcheck.io.fit.FitWriter;
import org.repcheck.model.Activity;
import org.repcheck.model.Analysis;
import org.repcheck.model.Channel;
import org.repcheck.model.DistanceBasis;
import org.repcheck.model.Format;
import org.repcheck.model.LocalClock;
import org.repcheck.model.Samples;
import org.repcheck.model.Session;
import org.repcheck.model.TimeTrial;
import org.repcheck.report.IndexRow;
import org.repcheck.report.JsonReport;
import org.repcheck.report.TextReport;
import org.repcheck.report.Units;
import org.repcheck.synth.GpxWriter;
import org.repcheck.targets.AthleteProfile;
import org.repcheck.targets.TargetPlan;

/**
 * docs/science.md §9: a Sunday 18:30 run in Seattle (UTC−8) is Monday 02:30 UTC. Its date, its TT, its clock and its
 * week are Sunday's — from the FIT's local_timestamp, or for a GPX from the profile's timezone.
 */
class LocalTimeTest {
    static final Instant UTC_START = Instant.parse("2026-11-16T02:30:00Z");
    static final LocalDate SUNDAY = LocalDate.of(2026, 11, 15);
    static final TimeTrial SUNDAYS_TT = new TimeTrial(5000, 1200, Optional.of(SUNDAY));
    static final TimeTrial MONDAYS_TT = new TimeTrial(5000, 1140, Optional.of(SUNDAY.plusDays(1)));
    /** The machine's zone is deliberately far from the runner's: it must not decide anything here. */
    static final ZoneId MACHINE = ZoneId.of("Asia/Tokyo");

    static Activity seattleRun(Format format) {
        int n = 1800;
        double[] t = new double[n];
        double[] d = new double[n];
        double[] lat = new double[n];
        double[] lon = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i;
            d[i] = i * 3.5;
            lat[i] = 47.6;
            lon[i] = -122.3 + i * 4.66e-5;
        }
        return new Activity("seattle." + format.label(), format, "running", "", Optional.of(UTC_START), n, n, d[n - 1],
                Samples.of(n, Map.of(Channel.TIME, t, Channel.DISTANCE, d, Channel.LAT, lat, Channel.LON, lon)),
                List.of(), List.of(), List.of(), List.of(), Optional.empty(), List.of(),
                format == Format.FIT ? Optional.of(ZoneOffset.ofHours(-8)) : Optional.empty());
    }

    static Analysis judge(Activity a, TargetPlan plan) {
        Session reps = Sessions.reps(400, DistanceBasis.WORKOUT_STEP, 90, 90, 92);
        return Assessor.assess(Sessions.withActivity(reps, a), plan, MACHINE);
    }

    static void assertSundayInSeattle(Analysis a, LocalClock.Source source) {
        assertThat(a.clock()).contains(new LocalClock(ZoneOffset.ofHours(-8), source));
        assertThat(a.timeTrial()).contains(SUNDAYS_TT);
        assertThat(TextReport.judge(a, Units.METRIC)).contains("Sun 15 Nov 2026, 18:30 (UTC−08:00");
        var json = JsonReport.judge(a);
        assertThat(json.get("local_start").asText()).isEqualTo("2026-11-15T18:30-08:00");
        assertThat(json.get("zone_source").asText()).isEqualTo(source.label());
        assertThat(json.get("reps").get(0).get("start").asText()).startsWith("2026-11-16T02:40");
        assertThat(json.get("reps").get(0).get("local_start").asText()).isEqualTo("2026-11-15T18:40-08:00");
        IndexRow row = IndexRow.of("x", "id", a);
        assertThat(row.localDate()).contains(SUNDAY);
        assertThat(row.localDate().get().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)).isEqualTo(46);
        assertThat(UTC_START.atOffset(ZoneOffset.UTC).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)).isEqualTo(47);
    }

    @Test
    void aFitRecordedAt1830InUtcMinus8IsThatLocalDayWithItsTtClockAndWeek() throws Exception {
        byte[] fit = FitWriter.write(seattleRun(Format.FIT));
        Activity read = new Readers().read("seattle.fit", new ByteArrayInputStream(fit));
        assertThat(read.utcOffset()).contains(ZoneOffset.ofHours(-8));
        assertSundayInSeattle(judge(read, new TargetPlan(List.of(SUNDAYS_TT, MONDAYS_TT), "coach")), LocalClock.Source.FIT);
    }

    @Test
    void aGpxTakesTheProfilesTimezone() throws Exception {
        byte[] gpx = GpxWriter.write(seattleRun(Format.GPX));
        Activity read = new Readers().read("seattle.gpx", new ByteArrayInputStream(gpx));
        assertThat(read.utcOffset()).isEmpty();
        AthleteProfile p = AthleteProfile.parse("athlete.yaml", """
                name: Sam
                timezone: America/Los_Angeles
                time_trials:
                  - { distance: 5k, time: "20:00", date: 2026-11-15 }
                  - { distance: 5k, time: "19:00", date: 2026-11-16 }
                """);
        TargetPlan plan = TargetPlan.from(List.of(), Optional.of(p), Optional.empty(),
                org.repcheck.targets.TargetOptions.DEFAULTS);
        assertSundayInSeattle(judge(read, plan), LocalClock.Source.PROFILE);
    }

    @Test
    void withNeitherTheMachinesZoneDecidesAndTheReportSaysSo() {
        Analysis a = judge(seattleRun(Format.GPX), new TargetPlan(List.of(SUNDAYS_TT, MONDAYS_TT), "coach"));
        assertThat(a.clock()).contains(new LocalClock(ZoneOffset.ofHours(9), LocalClock.Source.SYSTEM));
        assertThat(a.timeTrial()).contains(MONDAYS_TT);
        assertThat(TextReport.judge(a, Units.METRIC)).contains("Mon 16 Nov 2026, 11:30 (UTC+09:00, this computer's zone)");
    }

    @Test
    void aProfileTimezoneThatIsNotAZoneNamesTheLine() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AthleteProfile.parse("athlete.yaml",
                "name: Sam\ntimezone: Mars/Olympus\n")).hasMessageContaining("athlete.yaml line 2")
                .hasMessageContaining("Mars/Olympus");
    }
}
