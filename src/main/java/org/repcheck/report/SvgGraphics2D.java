package org.repcheck.report;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;

/**
 * A {@link Graphics2D} that writes what JFreeChart draws as SVG instead of rasterising it. Rasterising the charts
 * and deflating their pixels was over a third of a batch's CPU (issue 14's profile); as vectors the browser draws
 * them, sharp at any zoom, and the report is written in a fraction of the time.
 *
 * <p>It implements what a chart uses: shapes filled and stroked with colours, {@link BasicStroke}s, alpha,
 * transforms, clipping and text (placed where JFreeChart measured it, with the width it measured, so a browser
 * whose sans-serif is wider or narrower keeps the layout); {@link ShapeGraphics2D} turns the rest of Graphics2D
 * into those. Copies made by {@link #create()} write into the same document, as Java2D's do onto one image.
 */
final class SvgGraphics2D extends ShapeGraphics2D {
    /** The document every copy writes into. */
    private static final class Document {
        final StringBuilder body = new StringBuilder(32 * 1024);
        final StringBuilder defs = new StringBuilder();
        int clips;
    }

    private final int width;
    private final int height;
    private final Document doc;
    /** The clip in device space; null for none. */
    private Shape clip;
    /** The id of {@link #clip}'s clipPath once written. */
    private String clipId;

    SvgGraphics2D(int width, int height) {
        this.width = width;
        this.height = height;
        this.doc = new Document();
    }

    private SvgGraphics2D(SvgGraphics2D from) {
        super(from);
        this.width = from.width;
        this.height = from.height;
        this.doc = from.doc;
        this.clip = from.clip;
        this.clipId = from.clipId;
    }

    /** The whole document drawn so far. */
    String svg() {
        StringBuilder out = new StringBuilder(doc.body.length() + doc.defs.length() + 256);
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\">");
        if (doc.defs.length() > 0) {
            out.append("<defs>").append(doc.defs).append("</defs>");
        }
        return out.append(doc.body).append("</svg>").toString();
    }

    // --- shapes -----------------------------------------------------------------------------------------------

    @Override
    public void draw(Shape s) {
        if (!(stroke instanceof BasicStroke bs)) {
            fill(stroke.createStrokedShape(s));
            return;
        }
        StringBuilder b = doc.body;
        if (openPath(b, s)) {
            b.append(" fill=\"none\"");
            paintAttributes(b, "stroke");
            strokeAttributes(b, bs);
            double half = bs.getLineWidth() * scale() / 2;
            clipAttribute(b, s, bs.getLineJoin() == BasicStroke.JOIN_MITER ? half * bs.getMiterLimit() : half);
            b.append("/>");
        }
    }

    @Override
    public void fill(Shape s) {
        StringBuilder b = doc.body;
        if (openPath(b, s)) {
            paintAttributes(b, "fill");
            if (s.getPathIterator(null).getWindingRule() == PathIterator.WIND_EVEN_ODD) {
                b.append(" fill-rule=\"evenodd\"");
            }
            clipAttribute(b, s);
            b.append("/>");
        }
    }

    /** Starts a path element with the shape's outline; writes nothing and says false for a shape without one. */
    private boolean openPath(StringBuilder b, Shape s) {
        int mark = b.length();
        b.append("<path d=\"");
        if (!path(b, s)) {
            b.setLength(mark);
            return false;
        }
        b.append('"');
        return true;
    }

    private void strokeAttributes(StringBuilder b, BasicStroke bs) {
        attr(b, "stroke-width", bs.getLineWidth() * scale());
        if (bs.getEndCap() == BasicStroke.CAP_ROUND) {
            b.append(" stroke-linecap=\"round\"");
        } else if (bs.getEndCap() == BasicStroke.CAP_SQUARE) {
            b.append(" stroke-linecap=\"square\"");
        }
        if (bs.getLineJoin() == BasicStroke.JOIN_ROUND) {
            b.append(" stroke-linejoin=\"round\"");
        } else if (bs.getLineJoin() == BasicStroke.JOIN_BEVEL) {
            b.append(" stroke-linejoin=\"bevel\"");
        } else if (bs.getMiterLimit() != 4f) {
            attr(b, "stroke-miterlimit", Math.max(1, bs.getMiterLimit()));
        }
        float[] dash = bs.getDashArray();
        if (dash != null && dash.length > 0) {
            b.append(" stroke-dasharray=\"");
            for (int i = 0; i < dash.length; i++) {
                if (i > 0) {
                    b.append(',');
                }
                num(b, dash[i] * scale());
            }
            b.append('"');
        }
    }

    /** Appends the shape's outline in device space; false when it has no segment. */
    private boolean path(StringBuilder b, Shape s) {
        PathIterator it = s.getPathIterator(transform);
        double[] c = new double[6];
        boolean any = false;
        boolean broken = false;
        while (!it.isDone()) {
            int type = it.currentSegment(c);
            int coords = switch (type) {
                case PathIterator.SEG_QUADTO -> 4;
                case PathIterator.SEG_CUBICTO -> 6;
                case PathIterator.SEG_CLOSE -> 0;
                default -> 2;
            };
            boolean finite = true;
            for (int k = 0; k < coords; k++) {
                finite &= Double.isFinite(c[k]);
            }
            if (!finite) {
                broken = true; // Java2D draws nothing there; the next point starts afresh
            } else if (broken && type != PathIterator.SEG_CLOSE) {
                point(b.append('M'), c, coords - 2);
                broken = false;
            } else {
                switch (type) {
                    case PathIterator.SEG_MOVETO -> point(b.append('M'), c, 0);
                    case PathIterator.SEG_LINETO -> point(b.append('L'), c, 0);
                    case PathIterator.SEG_QUADTO -> point(point(b.append('Q'), c, 0).append(' '), c, 2);
                    case PathIterator.SEG_CUBICTO ->
                            point(point(point(b.append('C'), c, 0).append(' '), c, 2).append(' '), c, 4);
                    default -> b.append(broken ? "" : "Z");
                }
            }
            any |= finite && coords > 0;
            it.next();
        }
        return any;
    }

    private static StringBuilder point(StringBuilder b, double[] c, int i) {
        num(b, c[i]);
        b.append(' ');
        num(b, c[i + 1]);
        return b;
    }

    /** How much the transform scales a line width (1 for the identity and translations). */
    private double scale() {
        return transform.isIdentity() ? 1 : Math.sqrt(Math.abs(transform.getDeterminant()));
    }

    private void paintAttributes(StringBuilder b, String what) {
        Color c = paint instanceof Color col ? col
                : paint instanceof GradientPaint g ? g.getColor1() : Color.GRAY;
        b.append(' ').append(what).append("=\"");
        hex(b, c);
        b.append('"');
        float alpha = c.getAlpha() / 255f;
        if (composite instanceof AlphaComposite ac && ac.getRule() == AlphaComposite.SRC_OVER) {
            alpha *= ac.getAlpha();
        }
        if (Math.round(alpha * 100) < 100) { // two decimals: one would visibly shift the shades
            b.append(' ').append(what).append("-opacity=\"");
            fixed(b, alpha, 100);
            b.append('"');
        }
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private static void hex(StringBuilder b, Color c) {
        int rgb = c.getRGB();
        b.append('#');
        for (int shift = 20; shift >= 0; shift -= 4) {
            b.append(HEX[(rgb >> shift) & 0xF]);
        }
    }

    /** Refers to the clip, written once per clip; left out where the shape lies wholly inside a rectangular clip. */
    private void clipAttribute(StringBuilder b, Shape userShape) {
        clipAttribute(b, userShape, 0);
    }

    /** {@code reach}: how far past the shape's outline its ink goes (half a stroke's width, a miter's spike). */
    private void clipAttribute(StringBuilder b, Shape userShape, double reach) {
        if (clip == null) {
            return;
        }
        Rectangle2D ink = transform.createTransformedShape(userShape).getBounds2D();
        ink.setRect(ink.getX() - reach, ink.getY() - reach, ink.getWidth() + 2 * reach, ink.getHeight() + 2 * reach);
        if (clip instanceof Rectangle2D r && r.contains(ink)) {
            return;
        }
        if (clipId == null) {
            clipId = "c" + doc.clips++;
            doc.defs.append("<clipPath id=\"").append(clipId).append("\"><path d=\"");
            AffineTransform saved = transform;
            transform = new AffineTransform();
            path(doc.defs, clip);
            transform = saved;
            doc.defs.append("\"/></clipPath>");
        }
        b.append(" clip-path=\"url(#").append(clipId).append(")\"");
    }

    /**
     * A coordinate or length with at most one decimal: a tenth of a pixel is finer than anti-aliasing shows, and
     * the charts' paths are most of a report's bytes.
     */
    static void num(StringBuilder b, double v) {
        fixed(b, v, 10);
    }

    /** A transform's linear term, to a millionth: a rotation's cos 45° as 0.7 would move a label by pixels. */
    static void fine(StringBuilder b, double v) {
        fixed(b, v, 1_000_000);
    }

    /** {@code v} to a {@code 1 / scale} (a power of ten), trailing zeros dropped; a non-number as 0. */
    private static void fixed(StringBuilder b, double v, long scale) {
        double bound = 1e15 / scale;
        long r = Double.isFinite(v) ? Math.round(Math.max(-bound, Math.min(bound, v)) * scale) : 0;
        if (r < 0) {
            b.append('-');
            r = -r;
        }
        b.append(r / scale);
        long f = r % scale;
        if (f != 0) {
            String digits = Long.toString(scale + f).substring(1);
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            b.append('.').append(digits, 0, end);
        }
    }

    // --- text -------------------------------------------------------------------------------------------------

    @Override
    public void drawString(String str, float x, float y) {
        if (str == null || str.isEmpty()) {
            return;
        }
        StringBuilder b = doc.body;
        // A clip-path on an element with its own transform is read in the transformed space, so a rotated text
        // (the y axis's label) is clipped by a group around it, whose space is the document's.
        int groupAt = b.length();
        boolean grouped = false;
        if (clip != null) {
            int before = b.length();
            clipAttribute(b, new Rectangle2D.Double(x, y - font.getSize2D(), font.getSize2D() * str.length(),
                    font.getSize2D() * 1.3));
            if (b.length() > before) {
                String attribute = b.substring(before);
                b.setLength(groupAt);
                b.append("<g").append(attribute).append('>');
                grouped = true;
            }
        }
        b.append("<text");
        if (transform.getType() == AffineTransform.TYPE_IDENTITY
                || transform.getType() == AffineTransform.TYPE_TRANSLATION) {
            attr(b, "x", x + transform.getTranslateX());
            attr(b, "y", y + transform.getTranslateY());
        } else {
            attr(b, "x", x);
            attr(b, "y", y);
            double[] m = new double[6];
            transform.getMatrix(m);
            b.append(" transform=\"matrix(");
            for (int i = 0; i < 6; i++) {
                if (i > 0) {
                    b.append(' ');
                }
                if (i < 4) {
                    fine(b, m[i]);
                } else {
                    num(b, m[i]);
                }
            }
            b.append(")\"");
        }
        b.append(" font-family=\"").append(family(font)).append('"');
        attr(b, "font-size", font.getSize2D());
        if (font.isBold()) {
            b.append(" font-weight=\"bold\"");
        }
        if (font.isItalic()) {
            b.append(" font-style=\"italic\"");
        }
        // The width JFreeChart laid the text out for: a browser's sans-serif may differ from the JVM's.
        attr(b, "textLength", font.getStringBounds(str, getFontRenderContext()).getWidth());
        paintAttributes(b, "fill");
        if (str.contains("  ")) {
            b.append(" xml:space=\"preserve\"");
        }
        b.append('>');
        escape(b, str);
        b.append("</text>");
        if (grouped) {
            b.append("</g>");
        }
    }

    private static void attr(StringBuilder b, String name, double v) {
        b.append(' ').append(name).append("=\"");
        num(b, v);
        b.append('"');
    }

    private static String family(Font f) {
        return switch (f.getFamily()) {
            case Font.SANS_SERIF, Font.DIALOG, Font.DIALOG_INPUT -> "sans-serif";
            case Font.SERIF -> "serif";
            case Font.MONOSPACED -> "monospace";
            default -> "'" + f.getFamily().replaceAll("['\"&<>]", "") + "', sans-serif";
        };
    }

    private static void escape(StringBuilder b, String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> {
                    boolean pairHigh = Character.isHighSurrogate(ch) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1));
                    boolean pairLow = Character.isLowSurrogate(ch) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
                    boolean surrogate = Character.isSurrogate(ch);
                    // XML allows no other control character, no U+FFFE/U+FFFF and no unpaired surrogate.
                    if ((ch >= 0x20 || ch == '\t') && ch != 0xFFFE && ch != 0xFFFF
                            && (!surrogate || pairHigh || pairLow)) {
                        b.append(ch);
                    }
                }
            }
        }
    }

    // --- state ------------------------------------------------------------------------------------------------

    @Override
    public Graphics create() {
        return new SvgGraphics2D(this);
    }

    // --- clipping: kept in device space, so transforms after it do not move it ------------------------------

    @Override
    public Shape getClip() {
        if (clip == null) {
            return null;
        }
        try {
            return transform.createInverse().createTransformedShape(clip);
        } catch (NoninvertibleTransformException e) {
            return null;
        }
    }

    @Override
    public Rectangle getClipBounds() {
        Shape c = getClip();
        return c == null ? null : c.getBounds();
    }

    @Override
    public void setClip(Shape s) {
        clip = s == null ? null : device(s);
        clipId = null;
    }

    @Override
    public void setClip(int x, int y, int w, int h) {
        setClip(new Rectangle(x, y, w, h));
    }

    @Override
    public void clip(Shape s) {
        if (s == null) {
            return;
        }
        Shape d = device(s);
        if (clip == null) {
            clip = d;
        } else if (clip instanceof Rectangle2D a && d instanceof Rectangle2D b) {
            clip = a.createIntersection(b);
        } else {
            Area area = new Area(clip);
            area.intersect(new Area(d));
            clip = area;
        }
        clipId = null;
    }

    @Override
    public void clipRect(int x, int y, int w, int h) {
        clip(new Rectangle(x, y, w, h));
    }

    /** The shape in device space; a rectangle stays a rectangle under translation and scaling. */
    private Shape device(Shape s) {
        if (s instanceof Rectangle2D r && (transform.getType() & ~(AffineTransform.TYPE_TRANSLATION
                | AffineTransform.TYPE_MASK_SCALE)) == 0) {
            return transform.createTransformedShape(r).getBounds2D();
        }
        return transform.createTransformedShape(s);
    }
}
