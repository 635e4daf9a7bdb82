package org.repcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngEncoderTest {
    @Test
    void encodedImagesDecodeToExactlyTheSamePixels() throws IOException {
        BufferedImage img = new BufferedImage(333, 157, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 333, 157);
        Random r = new Random(7);
        g.setStroke(new BasicStroke(1.7f));
        for (int i = 0; i < 60; i++) {
            g.setColor(new Color(r.nextInt(0xffffff)));
            g.drawLine(r.nextInt(333), r.nextInt(157), r.nextInt(333), r.nextInt(157));
        }
        g.drawString("3:48–3:52 /km", 20, 40);
        g.dispose();

        BufferedImage back = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(img)));

        assertThat(back.getWidth()).isEqualTo(333);
        assertThat(back.getHeight()).isEqualTo(157);
        for (int y = 0; y < 157; y++) {
            for (int x = 0; x < 333; x++) {
                assertThat(back.getRGB(x, y) & 0xffffff).as("pixel %d,%d", x, y).isEqualTo(img.getRGB(x, y) & 0xffffff);
            }
        }
    }

    @Test
    void anImageOfAnotherTypeIsEncodedFromItsRgbValues() throws IOException {
        BufferedImage img = new BufferedImage(4, 3, BufferedImage.TYPE_3BYTE_BGR);
        img.setRGB(1, 1, 0xc62828);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(img)));
        assertThat(back.getRGB(1, 1) & 0xffffff).isEqualTo(0xc62828);
        assertThat(back.getRGB(0, 0) & 0xffffff).isZero();
    }
}
