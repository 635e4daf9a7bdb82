package org.repcheck.report;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Image;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.BufferedImageOp;
import java.awt.image.ImageObserver;
import java.awt.image.RenderedImage;
import java.awt.image.renderable.RenderableImage;
import java.text.AttributedCharacterIterator;
import java.util.Map;

/**
 * A {@link Graphics2D} reduced to what a vector writer needs: every primitive (lines, rectangles, ovals, arcs,
 * polygons) becomes {@link #draw(Shape)} or {@link #fill(Shape)}, the state (transform, paint, stroke, font,
 * composite, hints) is kept here, text is measured as JFreeChart measures it for a PNG, and images, XOR mode and
 * area copies are not drawn. A subclass writes shapes and text and keeps the clip.
 */
abstract class ShapeGraphics2D extends Graphics2D {
    protected AffineTransform transform = new AffineTransform();
    protected Paint paint = Color.BLACK;
    protected Color background = Color.WHITE;
    protected Stroke stroke = new BasicStroke(1f);
    protected Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    protected Composite composite = AlphaComposite.SrcOver;
    private RenderingHints hints = new RenderingHints(null);

    protected ShapeGraphics2D() {
    }

    /** A copy of another's state, for {@link #create()}. */
    protected ShapeGraphics2D(ShapeGraphics2D from) {
        this.transform = new AffineTransform(from.transform);
        this.paint = from.paint;
        this.background = from.background;
        this.stroke = from.stroke;
        this.font = from.font;
        this.composite = from.composite;
        this.hints = (RenderingHints) from.hints.clone();
    }

    /** Text is measured as JFreeChart measures it for a PNG: anti-aliased, fractional metrics. */
    private static final ThreadLocal<Graphics2D> METRICS = ThreadLocal.withInitial(() -> {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        return g;
    });

    @Override
    public void drawString(String str, int x, int y) {
        drawString(str, (float) x, (float) y);
    }

    @Override
    public void drawString(AttributedCharacterIterator it, float x, float y) {
        StringBuilder s = new StringBuilder();
        for (char ch = it.first(); ch != AttributedCharacterIterator.DONE; ch = it.next()) {
            s.append(ch);
        }
        drawString(s.toString(), x, y);
    }

    @Override
    public void drawString(AttributedCharacterIterator it, int x, int y) {
        drawString(it, (float) x, (float) y);
    }

    @Override
    public void drawGlyphVector(GlyphVector g, float x, float y) {
        fill(g.getOutline(x, y));
    }

    @Override
    public FontRenderContext getFontRenderContext() {
        return METRICS.get().getFontRenderContext();
    }

    @Override
    public FontMetrics getFontMetrics(Font f) {
        return METRICS.get().getFontMetrics(f);
    }

    @Override
    public Font getFont() {
        return font;
    }

    @Override
    public void setFont(Font f) {
        font = orKeep(f, font);
    }

    // --- the primitives, as shapes ----------------------------------------------------------------------------

    @Override
    public void drawLine(int x1, int y1, int x2, int y2) {
        draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void fillRect(int x, int y, int w, int h) {
        fill(new Rectangle(x, y, w, h));
    }

    @Override
    public void drawRect(int x, int y, int w, int h) {
        draw(new Rectangle(x, y, w, h));
    }

    @Override
    public void clearRect(int x, int y, int w, int h) {
        Paint saved = paint;
        paint = background;
        fill(new Rectangle(x, y, w, h));
        paint = saved;
    }

    @Override
    public void drawRoundRect(int x, int y, int w, int h, int arcW, int arcH) {
        draw(new RoundRectangle2D.Double(x, y, w, h, arcW, arcH));
    }

    @Override
    public void fillRoundRect(int x, int y, int w, int h, int arcW, int arcH) {
        fill(new RoundRectangle2D.Double(x, y, w, h, arcW, arcH));
    }

    @Override
    public void drawOval(int x, int y, int w, int h) {
        draw(new Ellipse2D.Double(x, y, w, h));
    }

    @Override
    public void fillOval(int x, int y, int w, int h) {
        fill(new Ellipse2D.Double(x, y, w, h));
    }

    @Override
    public void drawArc(int x, int y, int w, int h, int start, int extent) {
        draw(new Arc2D.Double(x, y, w, h, start, extent, Arc2D.OPEN));
    }

    @Override
    public void fillArc(int x, int y, int w, int h, int start, int extent) {
        fill(new Arc2D.Double(x, y, w, h, start, extent, Arc2D.PIE));
    }

    @Override
    public void drawPolyline(int[] xs, int[] ys, int n) {
        if (n > 0) {
            draw(polygon(xs, ys, n, false));
        }
    }

    @Override
    public void drawPolygon(int[] xs, int[] ys, int n) {
        if (n > 0) {
            draw(polygon(xs, ys, n, true));
        }
    }

    @Override
    public void fillPolygon(int[] xs, int[] ys, int n) {
        if (n > 0) {
            fill(polygon(xs, ys, n, true));
        }
    }

    private static Path2D polygon(int[] xs, int[] ys, int n, boolean close) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < n; i++) {
            p.lineTo(xs[i], ys[i]);
        }
        if (close) {
            p.closePath();
        }
        return p;
    }

    // --- images: no chart here draws one ----------------------------------------------------------------------

    @Override
    public boolean drawImage(Image img, AffineTransform xform, ImageObserver obs) {
        return true;
    }

    @Override
    public void drawImage(BufferedImage img, BufferedImageOp op, int x, int y) {
        // not used by the charts
    }

    @Override
    public void drawRenderedImage(RenderedImage img, AffineTransform xform) {
        // not used by the charts
    }

    @Override
    public void drawRenderableImage(RenderableImage img, AffineTransform xform) {
        // not used by the charts
    }

    @Override
    public boolean drawImage(Image img, int x, int y, ImageObserver observer) {
        return true;
    }

    @Override
    public boolean drawImage(Image img, int x, int y, int w, int h, ImageObserver observer) {
        return true;
    }

    @Override
    public boolean drawImage(Image img, int x, int y, Color bg, ImageObserver observer) {
        return true;
    }

    @Override
    public boolean drawImage(Image img, int x, int y, int w, int h, Color bg, ImageObserver observer) {
        return true;
    }

    @Override
    public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2,
                             ImageObserver observer) {
        return true;
    }

    @Override
    public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2,
                             Color bg, ImageObserver observer) {
        return true;
    }

    @Override
    public void copyArea(int x, int y, int w, int h, int dx, int dy) {
        // a vector document has no pixels to copy
    }



    @Override
    public void dispose() {
        // nothing held
    }

    @Override
    public boolean hit(Rectangle rect, Shape s, boolean onStroke) {
        Shape device = transform.createTransformedShape(onStroke ? stroke.createStrokedShape(s) : s);
        return device.intersects(rect);
    }

    /** Java2D ignores a null paint, stroke, font or composite: the current one stays. */
    private static <T> T orKeep(T next, T current) {
        return next == null ? current : next;
    }

    @Override
    public GraphicsConfiguration getDeviceConfiguration() {
        return METRICS.get().getDeviceConfiguration();
    }

    @Override
    public void setComposite(Composite comp) {
        composite = orKeep(comp, composite);
    }

    @Override
    public Composite getComposite() {
        return composite;
    }

    @Override
    public void setPaint(Paint p) {
        paint = orKeep(p, paint);
    }

    @Override
    public Paint getPaint() {
        return paint;
    }

    @Override
    public Color getColor() {
        return paint instanceof Color c ? c : Color.BLACK;
    }

    @Override
    public void setColor(Color c) {
        paint = orKeep(c, paint);
    }

    @Override
    public void setBackground(Color c) {
        background = orKeep(c, background);
    }

    @Override
    public Color getBackground() {
        return background;
    }

    @Override
    public void setStroke(Stroke s) {
        stroke = orKeep(s, stroke);
    }

    @Override
    public Stroke getStroke() {
        return stroke;
    }

    @Override
    public void setPaintMode() {
        // the only mode drawn
    }

    @Override
    public void setXORMode(Color c) {
        // not used by the charts
    }

    @Override
    public void setRenderingHint(RenderingHints.Key key, Object value) {
        hints.put(key, value);
    }

    @Override
    public Object getRenderingHint(RenderingHints.Key key) {
        return hints.get(key);
    }

    @Override
    public void setRenderingHints(Map<?, ?> map) {
        hints = new RenderingHints(null);
        hints.putAll(map);
    }

    @Override
    public void addRenderingHints(Map<?, ?> map) {
        hints.putAll(map);
    }

    @Override
    public RenderingHints getRenderingHints() {
        return (RenderingHints) hints.clone();
    }

    @Override
    public void translate(int x, int y) {
        transform.translate(x, y);
    }

    @Override
    public void translate(double tx, double ty) {
        transform.translate(tx, ty);
    }

    @Override
    public void rotate(double theta) {
        transform.rotate(theta);
    }

    @Override
    public void rotate(double theta, double x, double y) {
        transform.rotate(theta, x, y);
    }

    @Override
    public void scale(double sx, double sy) {
        transform.scale(sx, sy);
    }

    @Override
    public void shear(double shx, double shy) {
        transform.shear(shx, shy);
    }

    @Override
    public void transform(AffineTransform tx) {
        transform.concatenate(tx);
    }

    @Override
    public void setTransform(AffineTransform tx) {
        transform = new AffineTransform(tx);
    }

    @Override
    public AffineTransform getTransform() {
        return new AffineTransform(transform);
    }
}
