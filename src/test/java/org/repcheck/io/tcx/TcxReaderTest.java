package org.repcheck.io.tcx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.repcheck.io.ReadException;
import org.repcheck.model.Activity;
import org.repcheck.model.LapTrigger;

/** Hand-written TCX documents for the messy cases real files have. */
class TcxReaderTest {
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<TrainingCenterDatabase xmlns=\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2\""
            + " xmlns:ns3=\"http://www.garmin.com/xmlschemas/ActivityExtension/v2\">\n";

    private static Activity read(String xml) throws ReadException {
        return new TcxReader().read("test.tcx", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String tp(String time, double dist, int hr) {
        return "<Trackpoint><Time>" + time + "</Time><DistanceMeters>" + dist + "</DistanceMeters>"
                + "<HeartRateBpm><Value>" + hr + "</Value></HeartRateBpm></Trackpoint>\n";
    }

    private static String lap(String start, String trigger, String avgHr, String points) {
        return "<Lap StartTime=\"" + start + "\"><TotalTimeSeconds>2</TotalTimeSeconds><DistanceMeters>8</DistanceMeters>"
                + "<Calories>1</Calories><AverageHeartRateBpm><Value>" + avgHr + "</Value></AverageHeartRateBpm>"
                + "<Intensity>Active</Intensity><TriggerMethod>" + trigger + "</TriggerMethod><Track>" + points
                + "</Track></Lap>\n";
    }

    @Test
    void heartRate255IsNoReading() throws Exception {
        Activity a = read(HEAD + "<Activities><Activity Sport=\"Running\"><Id>2026-05-11T07:30:00Z</Id>"
                + lap("2026-05-11T07:30:00Z", "Manual", "255",
                        tp("2026-05-11T07:30:00Z", 0, 255) + tp("2026-05-11T07:30:01Z", 4, 150))
                + "</Activity></Activities></TrainingCenterDatabase>");
        assertThat(a.laps().get(0).avgHr()).isNaN();
        assertThat(a.samples().hr(0)).isNaN();
        assertThat(a.samples().hr(1)).isEqualTo(150);
        assertThat(a.warnings()).singleElement().asString().contains("255");
    }

    @Test
    void severalActivitiesAreOneWithASegmentEach() throws Exception {
        Activity a = read(HEAD + "<Activities>"
                + "<Activity Sport=\"Running\"><Id>2026-05-11T07:30:00Z</Id>"
                + lap("2026-05-11T07:30:00Z", "Distance", "140",
                        tp("2026-05-11T07:30:00Z", 0, 140) + tp("2026-05-11T07:30:02Z", 8, 141)) + "</Activity>"
                + "<Activity Sport=\"Biking\"><Id>2026-05-11T08:00:00Z</Id>"
                + lap("2026-05-11T08:00:00Z", "Location", "120",
                        tp("2026-05-11T08:00:00Z", 0, 120) + tp("2026-05-11T08:00:02Z", 8, 121)) + "</Activity>"
                + "</Activities></TrainingCenterDatabase>");
        assertThat(a.sport()).isEqualTo("multisport");
        assertThat(a.segments()).extracting(s -> s.sport()).containsExactly("running", "cycling");
        assertThat(a.samples().distance(3)).isEqualTo(16);
        assertThat(a.distanceM()).isEqualTo(16);
        assertThat(a.laps()).extracting(l -> l.trigger()).containsExactly(LapTrigger.DISTANCE, LapTrigger.POSITION);
        assertThat(a.warnings()).anySatisfy(w -> assertThat(w).contains("2 activities in one file"));
    }

    @Test
    void foreignExtensionPrefixesAndNamespaceVersionsStillGiveSpeed() throws Exception {
        Activity a = read(HEAD.replace("ActivityExtension/v2", "ActivityExtension/v1")
                + "<Activities><Activity Sport=\"Running\"><Id>2026-05-11T07:30:00Z</Id>"
                + "<Lap StartTime=\"2026-05-11T07:30:00Z\"><TotalTimeSeconds>1</TotalTimeSeconds>"
                + "<DistanceMeters>3</DistanceMeters><Calories>0</Calories><Intensity>Resting</Intensity>"
                + "<TriggerMethod>HeartRate</TriggerMethod><Track><Trackpoint><Time>2026-05-11T07:30:00Z</Time>"
                + "<Extensions><ns3:TPX><ns3:Speed>3.25</ns3:Speed><ns3:RunCadence>87</ns3:RunCadence>"
                + "<ns3:Watts>300</ns3:Watts></ns3:TPX></Extensions></Trackpoint></Track></Lap>"
                + "</Activity></Activities></TrainingCenterDatabase>");
        assertThat(a.samples().speed(0)).isEqualTo(3.25);
        assertThat(a.samples().cadence(0)).isEqualTo(87);
        assertThat(a.samples().power(0)).isEqualTo(300);
        assertThat(a.laps().get(0).trigger()).isEqualTo(LapTrigger.OTHER);
    }

    @Test
    void externalEntitiesAreRefused() {
        String doc = "<?xml version=\"1.0\"?>\n<!DOCTYPE TrainingCenterDatabase [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<TrainingCenterDatabase xmlns=\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2\">"
                + "<Activities><Activity Sport=\"&x;\"><Id>2026-05-11T07:30:00Z</Id></Activity></Activities>"
                + "</TrainingCenterDatabase>";
        assertThatThrownBy(() -> read(doc)).isInstanceOf(ReadException.class)
                .hasMessageContaining("refused: the file declares a DTD/external entity")
                .hasMessageNotContaining("root:");
    }

    @Test
    void coursesAndEmptyFilesSayWhatTheyAre() {
        assertThatThrownBy(() -> read(HEAD + "<Courses><Course><Name>loop</Name><Track>"
                + tp("2026-05-11T07:30:00Z", 0, 100) + "</Track></Course></Courses></TrainingCenterDatabase>"))
                .hasMessageContaining("a TCX course");
        assertThatThrownBy(() -> read(HEAD + "</TrainingCenterDatabase>")).hasMessageContaining("no activity");
        assertThatThrownBy(() -> read("<?xml version=\"1.0\"?><gpx/>")).hasMessageContaining("not a TCX file");
    }

    @Test
    void brokenXmlKeepsWhatCameBefore() throws Exception {
        Activity a = read(HEAD + "<Activities><Activity Sport=\"Running\"><Id>2026-05-11T07:30:00Z</Id>"
                + "<Lap StartTime=\"2026-05-11T07:30:00Z\"><TotalTimeSeconds>2</TotalTimeSeconds>"
                + "<DistanceMeters>8</DistanceMeters><Calories>1</Calories><Intensity>Active</Intensity>"
                + "<TriggerMethod>Manual</TriggerMethod><Track>" + tp("2026-05-11T07:30:00Z", 0, 140)
                + tp("2026-05-11T07:30:01Z", 4, 141) + "<Trackpoint><Time>2026-05-11T07:3");
        assertThat(a.samples().size()).isEqualTo(2);
        assertThat(a.laps()).hasSize(1);
        assertThat(a.warnings()).anySatisfy(w -> assertThat(w).startsWith("broken XML at line "));
    }
}
