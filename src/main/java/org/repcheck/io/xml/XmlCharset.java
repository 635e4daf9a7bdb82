package org.repcheck.io.xml;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The character encoding of an XML document from its first bytes (XML 1.0 appendix F): a byte-order mark, the
 * pattern "&lt;?" makes in UTF-16 and UTF-32, or the declaration's {@code encoding="…"}; UTF-8 otherwise. Decided
 * here rather than by the parser so that bytes that do not fit the encoding become U+FFFD in one value instead
 * of a fatal error that loses the rest of the file (and prints a stray "[Fatal Error]" line of the JDK's own).
 */
public final class XmlCharset {
    private static final Pattern DECLARED = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    private XmlCharset() {
    }

    public static Charset of(byte[] h) {
        if (h.length >= 4) {
            int b0 = h[0] & 0xff, b1 = h[1] & 0xff, b2 = h[2] & 0xff, b3 = h[3] & 0xff;
            if (b0 == 0 && b1 == 0 && (b2 == 0xFE && b3 == 0xFF || b2 == 0 && b3 == '<')) {
                return Charset.forName("UTF-32BE");
            }
            if ((b0 == 0xFF && b1 == 0xFE || b0 == '<' && b1 == 0) && b2 == 0 && b3 == 0) {
                return Charset.forName("UTF-32LE");
            }
        }
        if (h.length >= 2) {
            int b0 = h[0] & 0xff, b1 = h[1] & 0xff;
            if (b0 == 0xFE && b1 == 0xFF || b0 == 0 && b1 == '<') {
                return StandardCharsets.UTF_16BE;
            }
            if (b0 == 0xFF && b1 == 0xFE || b0 == '<' && b1 == 0) {
                return StandardCharsets.UTF_16LE;
            }
        }
        return declared(h);
    }

    /** The encoding an ASCII-compatible document declares, when Java knows it and it is one byte per ASCII char. */
    private static Charset declared(byte[] h) {
        String ascii = new String(h, 0, Math.min(h.length, 256), StandardCharsets.ISO_8859_1);
        int bom = ascii.startsWith("\u00EF\u00BB\u00BF") ? 3 : 0;
        Matcher m = DECLARED.matcher(ascii.substring(bom).stripLeading());
        if (m.find()) {
            String name = m.group(1).toUpperCase(Locale.ROOT);
            try {
                Charset c = Charset.forName(name);
                // A declaration of UTF-16 without a mark or pattern is a lie these bytes already disproved.
                if (!name.startsWith("UTF-16") && !name.startsWith("UTF-32") && c.canEncode()) {
                    return c;
                }
            } catch (IllegalArgumentException unknown) {
                // an encoding Java does not know: read as UTF-8, the XML default
            }
        }
        return StandardCharsets.UTF_8;
    }
}
