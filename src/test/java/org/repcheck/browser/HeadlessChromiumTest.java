package org.repcheck.browser;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Checks the DevTools client itself on hand-made pages, so a failure of {@link ReportInBrowserTest} can be
 * trusted to be about the report, not the harness: decoded images are seen as decoded, a broken image and a
 * {@code console.error} are caught, links are followed.
 */
class HeadlessChromiumTest {

    /**
     * JS shared with the report test: every image with whether it decoded ({@code complete && naturalWidth > 0}).
     * An image not yet done (say {@code loading="lazy"} below the fold, or still decoding) is scrolled into view
     * and given up to 5 s to decode first; a broken one rejects {@code decode()} at once, so costs nothing.
     */
    static final String IMAGES_JS = """
            (async () => {
              const imgs = [...document.images];
              for (const i of imgs) {
                if (!(i.complete && i.naturalWidth > 0)) {
                  i.scrollIntoView();
                  await Promise.race([i.decode().catch(() => {}), new Promise(r => setTimeout(r, 5000))]);
                }
              }
              return imgs.map(i => ({src: (i.getAttribute('src') || '').slice(0, 60),
                                     ok: i.complete && i.naturalWidth > 0,
                                     w: i.naturalWidth}));
            })()""";

    private static HeadlessChromium browser;

    @TempDir
    static Path dir;

    /**
     * Per test, not {@code @BeforeAll}: Surefire drops a class-level skip's reason and counts 0 tests, while a
     * per-test skip shows as skipped with its message. One browser serves all tests (started once).
     */
    @BeforeEach
    void start() throws IOException {
        if (browser == null) {
            browser = HeadlessChromium.launch(); // skips outside CI when there is no Chromium, fails in CI
        }
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void cleanPageHasDecodedImagesATableAndAWorkingLink() throws IOException {
        Files.writeString(dir.resolve("second.html"), "<!doctype html><title>2</title><p id=x>second page</p>");
        Path page = dir.resolve("clean.html");
        Files.writeString(page, """
                <!doctype html><html><head><meta charset="utf-8"><title>clean</title></head><body>
                <img id="chart" alt="chart" src="data:image/png;base64,%s">
                <table class="reps"><tbody>
                  <tr class="rep"><td>1</td></tr><tr class="recovery"><td>r</td></tr>
                  <tr class="rep overcooked"><td>2</td></tr>
                </tbody></table>
                <a href="second.html">next</a>
                <div style="height: 6000px"></div>
                <img id="lazy" alt="below the fold" loading="lazy" src="data:image/png;base64,%s">
                <script>console.log('just info'); console.warn('only a warning');</script>
                </body></html>""".formatted(pngBase64(40, 30), pngBase64(20, 10)));

        browser.open(page);

        assertThat(browser.consoleErrors()).isEmpty();
        JsonNode images = browser.evaluate(HeadlessChromiumTest.IMAGES_JS);
        assertThat(images).hasSize(2);
        assertThat(images.get(0).get("ok").asBoolean()).isTrue();
        assertThat(images.get(0).get("w").asInt()).isEqualTo(40);
        assertThat(images.get(1).get("ok").asBoolean()).as("lazy image below the fold").isTrue();
        assertThat(images.get(1).get("w").asInt()).isEqualTo(20);
        assertThat(browser.evaluate("document.querySelectorAll('table.reps tbody tr.rep').length").asInt())
                .isEqualTo(2);
        assertThat(browser.evaluate("document.querySelectorAll('table.reps tbody tr.rep.overcooked').length").asInt())
                .isEqualTo(1);

        // Promises are awaited, objects come back by value, undefined is missing.
        assertThat(browser.evaluate("Promise.resolve({a: [1, 2]})").get("a").get(1).asInt()).isEqualTo(2);
        assertThat(browser.evaluate("undefined").isMissingNode()).isTrue();

        String href = browser.evaluate("document.querySelector('a').href").asText();
        assertThat(href).isEqualTo(dir.resolve("second.html").toUri().toString());
        browser.open(href);
        assertThat(browser.evaluate("document.getElementById('x').textContent").asText()).isEqualTo("second page");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void brokenImageConsoleErrorAndExceptionAreReported() throws IOException {
        Path page = dir.resolve("broken.html");
        Files.writeString(page, """
                <!doctype html><html><head><meta charset="utf-8"><title>broken</title></head><body>
                <img id="good" src="data:image/png;base64,%s">
                <img id="missing" src="no-such-chart.png">
                <img id="garbage" src="data:image/png;base64,bm90IGEgcG5n">
                <script>console.error('deliberate', 42);</script>
                <script>null.boom;</script>
                </body></html>""".formatted(pngBase64(8, 8)));

        browser.open(page);

        JsonNode images = browser.evaluate(IMAGES_JS);
        assertThat(images).hasSize(3);
        assertThat(images.get(0).get("ok").asBoolean()).as("good image").isTrue();
        assertThat(images.get(1).get("ok").asBoolean()).as("missing file").isFalse();
        assertThat(images.get(2).get("ok").asBoolean()).as("undecodable data").isFalse();

        assertThat(browser.consoleErrors())
                .anySatisfy(e -> assertThat(e).contains("console.error").contains("deliberate 42"))
                .anySatisfy(e -> assertThat(e).startsWith("uncaught").contains("TypeError"))
                .anySatisfy(e -> assertThat(e).contains("ERR_FILE_NOT_FOUND"));

        // Errors belong to the page they came from: the next open starts clean.
        browser.open("about:blank");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void javascriptExceptionsAndMissingPagesFailLoudly() {
        assertThatThrownBy(() -> browser.evaluate("(() => { throw new Error('nope'); })()"))
                .isInstanceOf(IOException.class).hasMessageContaining("nope");
        assertThatThrownBy(() -> browser.open(dir.resolve("does-not-exist.html")))
                .isInstanceOf(IOException.class).hasMessageContaining("ERR_FILE_NOT_FOUND");
    }

    /** A small real PNG, drawn with Java2D and encoded with ImageIO (as the report's charts are). */
    static String pngBase64(int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.RED);
        g.drawLine(0, h - 1, w - 1, 0);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }
}
