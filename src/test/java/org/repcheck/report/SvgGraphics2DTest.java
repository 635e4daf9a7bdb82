package org.repcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** What the charts' Graphics2D writes: shapes, clips, alpha and text as SVG a browser draws as Java2D would. */
class SvgGraphics2DTest {
    @Test
    void aShapeInsideARectangularClipIsNotClippedAndOneAcrossItIs() throws Exception {
        SvgGraphics2D g = new SvgGraphics2D(200, 100);
        g.clip(new Rectangle2D.Double(10, 10, 100, 50));
        g.setPaint(Color.RED);
        g.fill(new Rectangle2D.Double(20, 20, 10, 10));
        g.fill(new Rectangle2D.Double(100, 20, 50, 10));
        Document d = parse(g.svg());
        Element inside = (Element) d.getElementsByTagName("path").item(1);
        Element across = (Element) d.getElementsByTagName("path").item(2);
        assertThat(inside.hasAttribute("clip-path")).isFalse();
        assertThat(across.getAttribute("clip-path")).isEqualTo("url(#c0)");
        Element clip = (Element) d.getElementsByTagName("clipPath").item(0);
        assertThat(clip.getAttribute("id")).isEqualTo("c0");
        assertThat(((Element) clip.getFirstChild()).getAttribute("d")).isEqualTo("M10 10L110 10L110 60L10 60L10 10Z");
        assertThat(inside.getAttribute("fill")).isEqualTo("#ff0000");
    }

    @Test
    void aRotatedTextIsClippedByAGroupInTheDocumentsSpace() throws Exception {
        SvgGraphics2D g = new SvgGraphics2D(200, 300);
        g.clip(new Rectangle2D.Double(0, 0, 200, 120));
        AffineTransform saved = g.getTransform();
        g.rotate(-Math.PI / 2, 20, 150);
        g.drawString("Slower (+) / faster (\u2212) at the same HR, s/km", 20, 150);
        g.setTransform(saved);
        Document d = parse(g.svg());
        Element text = (Element) d.getElementsByTagName("text").item(0);
        assertThat(text.hasAttribute("clip-path")).isFalse();
        assertThat(text.getAttribute("transform")).startsWith("matrix(");
        assertThat(((Element) text.getParentNode()).getAttribute("clip-path")).isEqualTo("url(#c0)");
        assertThat(text.getTextContent()).isEqualTo("Slower (+) / faster (\u2212) at the same HR, s/km");
    }

    @Test
    void alphaAndStrokesBecomeAttributes() throws Exception {
        SvgGraphics2D g = new SvgGraphics2D(100, 100);
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.5f));
        g.setPaint(new Color(0, 0, 255, 128));
        g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_BEVEL, 10f,
                new float[] {4, 2}, 0));
        g.translate(0.5, 0);
        g.draw(new Line2D.Double(1, 2, 30.125, 40));
        Element p = (Element) parse(g.svg()).getElementsByTagName("path").item(0);
        assertThat(p.getAttribute("d")).isEqualTo("M1.5 2L30.6 40");
        assertThat(p.getAttribute("stroke")).isEqualTo("#0000ff");
        assertThat(p.getAttribute("stroke-opacity")).isEqualTo("0.25");
        assertThat(p.getAttribute("stroke-width")).isEqualTo("2.5");
        assertThat(p.getAttribute("stroke-linecap")).isEqualTo("round");
        assertThat(p.getAttribute("stroke-linejoin")).isEqualTo("bevel");
        assertThat(p.getAttribute("stroke-dasharray")).isEqualTo("4,2");
        assertThat(p.getAttribute("fill")).isEqualTo("none");
    }

    @Test
    void opacityKeepsTwoDecimalsAndANearlyOpaqueColourIsOpaque() throws Exception {
        SvgGraphics2D g = new SvgGraphics2D(100, 100);
        for (int alpha : new int[] {0, 13, 64, 254}) {
            g.setPaint(new Color(255, 0, 0, alpha));
            g.fill(new Rectangle2D.Double(0, 0, 10, 10));
        }
        var paths = parse(g.svg()).getElementsByTagName("path");
        assertThat(((Element) paths.item(0)).getAttribute("fill-opacity")).isEqualTo("0");
        assertThat(((Element) paths.item(1)).getAttribute("fill-opacity")).isEqualTo("0.05");
        assertThat(((Element) paths.item(2)).getAttribute("fill-opacity")).isEqualTo("0.25");
        assertThat(((Element) paths.item(3)).hasAttribute("fill-opacity")).isFalse();
    }

    @Test
    void markupInTextIsEscaped() throws Exception {
        SvgGraphics2D g = new SvgGraphics2D(100, 100);
        g.drawString("<b>&\"x\"</b>\u0001", 5, 50);
        assertThat(parse(g.svg()).getElementsByTagName("text").item(0).getTextContent()).isEqualTo("<b>&\"x\"</b>");
    }

    @Test
    void numbersHaveAtMostOneDecimalAndNoNegativeZero() {
        StringBuilder b = new StringBuilder();
        for (double v : new double[] {0, -0.01, 1.06, -2.5, 12.3456, 7.0, Double.NaN}) {
            SvgGraphics2D.num(b, v);
            b.append(' ');
        }
        assertThat(b.toString()).isEqualTo("0 0 1.1 -2.5 12.3 7 0 ");
    }

    @Test
    void aRotationKeepsItsCoefficientsSoALabelStaysOnItsTick() throws Exception {
        SvgGraphics2D g = new SvgGraphics2D(400, 100);
        g.rotate(-Math.PI / 4, 300, 80);
        g.drawString("2026-W30", 300, 80);
        String m = ((Element) parse(g.svg()).getElementsByTagName("text").item(0)).getAttribute("transform");
        assertThat(m).startsWith("matrix(0.707107 -0.707107 0.707107 0.707107 ");
    }

    @Test
    void aWideStrokeAtTheClipsEdgeIsClipped() throws Exception {
        SvgGraphics2D g = new SvgGraphics2D(200, 100);
        g.clip(new Rectangle2D.Double(10, 10, 100, 50));
        g.setStroke(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(10, 30, 50, 30));
        g.draw(new Line2D.Double(30, 30, 50, 30));
        var paths = parse(g.svg()).getElementsByTagName("path");
        assertThat(((Element) paths.item(1)).getAttribute("clip-path")).isEqualTo("url(#c0)");
        assertThat(((Element) paths.item(2)).hasAttribute("clip-path")).isFalse();
    }

    @Test
    void aPointThatIsNotANumberBreaksTheLineAsJava2dDoes() throws Exception {
        SvgGraphics2D g = new SvgGraphics2D(100, 100);
        java.awt.geom.Path2D.Double p = new java.awt.geom.Path2D.Double();
        p.moveTo(1, 1);
        p.lineTo(Double.NaN, 5);
        p.lineTo(3, 3);
        p.lineTo(4, 4);
        g.draw(p);
        assertThat(((Element) parse(g.svg()).getElementsByTagName("path").item(0)).getAttribute("d"))
                .isEqualTo("M1 1M3 3L4 4");
    }

    @Test
    void textThatXmlCannotHoldIsLeftOut() throws Exception {
        SvgGraphics2D g = new SvgGraphics2D(100, 100);
        g.drawString("a\uFFFFb\uD800c\uD83C\uDFC3", 5, 50);
        assertThat(parse(g.svg()).getElementsByTagName("text").item(0).getTextContent())
                .isEqualTo("abc\uD83C\uDFC3");
    }

    private static Document parse(String svg) throws Exception {
        var f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
