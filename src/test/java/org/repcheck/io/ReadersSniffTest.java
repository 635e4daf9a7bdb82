package org.repcheck.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.repcheck.model.Format;

class ReadersSniffTest {
    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void fitIsRecognisedByItsHeaderSignature() {
        byte[] head = {14, 0x10, 0, 0, 0, 0, 0, 0, '.', 'F', 'I', 'T', 0, 0};
        assertThat(Readers.sniff(head)).contains(Format.FIT);
    }

    @Test
    void gpxIsRecognisedThroughBomWhitespaceCommentsAndPrefix() {
        String doc = "\uFEFF  \n<?xml version=\"1.0\"?>\n<!-- exported -->\n<g:gpx xmlns:g=\"http://www.topografix.com/GPX/1/1\">";
        assertThat(Readers.sniff(utf8(doc))).contains(Format.GPX);
    }

    @Test
    void tcxIsRecognisedByItsRootElement() {
        assertThat(Readers.sniff(utf8("<?xml version=\"1.0\"?><TrainingCenterDatabase xmlns=\"x\">"))).contains(Format.TCX);
    }

    @Test
    void otherXmlIsNotAnActivity() {
        assertThat(Readers.sniff(utf8("<?xml version=\"1.0\"?><kml>"))).isEmpty();
    }

    @Test
    void aFileNamedFitThatIsNotFitIsRefusedSayingWhatItIs() {
        byte[] appleDouble = {0x00, 0x05, 0x16, 0x07, 0, 2, 0, 0, 'M', 'a', 'c', ' ', 'O', 'S'};
        assertThatThrownBy(() -> new Readers().read("._run.fit", new ByteArrayInputStream(appleDouble)))
                .isInstanceOf(ReadException.class)
                .hasMessageStartingWith("._run.fit: ")
                .hasMessageContaining("AppleDouble");
    }

    @Test
    void anEmptyFileIsRefusedAsEmpty() {
        assertThatThrownBy(() -> new Readers().read("empty.gpx", new ByteArrayInputStream(new byte[0])))
                .isInstanceOf(ReadException.class)
                .hasMessage("empty.gpx: empty file");
    }

    @Test
    void damagedGzipIsOneClearError() {
        byte[] notReallyGzip = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3};
        assertThatThrownBy(() -> new Readers().read("run.fit.gz", new ByteArrayInputStream(notReallyGzip)))
                .isInstanceOf(ReadException.class)
                .hasMessageStartingWith("run.fit.gz: ");
    }
}
