package org.repcheck.io.xml;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.repcheck.io.ReadException;

/**
 * The one way GPX and TCX files are opened: StAX with DTDs and external entities switched off, so a file can
 * never make repcheck read another local file or fetch a URL. A document that declares a DTD is refused
 * outright (see {@link #refuseDtd}) rather than parsed without it, because an entity it meant to expand would
 * otherwise turn into a confusing "undeclared entity" error or, worse, silently vanish from the data.
 */
public final class SafeXml {
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(SafeXml::newFactory);

    private SafeXml() {
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
        trySet(f, XMLConstants.ACCESS_EXTERNAL_DTD, "");
        trySet(f, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return f;
    }

    private static void trySet(XMLInputFactory f, String property, Object value) {
        try {
            f.setProperty(property, value);
        } catch (IllegalArgumentException unsupported) {
            // Another StAX implementation without this JAXP property: SUPPORT_DTD=false already covers it.
        }
    }

    /**
     * A stream reader over the content, decoded in the encoding its first bytes show ({@link XmlCharset}), after
     * a byte-order mark and any whitespace before {@code <?xml} (both common in exported files, and the second is
     * not well-formed XML) have been skipped. Bytes that do not decode become U+FFFD: one odd character costs the
     * value it is in, not the rest of the file.
     */
    public static XMLStreamReader open(String name, InputStream in) throws ReadException {
        Reader body = skipBomAndLeadingWhitespace(name, in);
        try {
            return FACTORY.get().createXMLStreamReader(body);
        } catch (XMLStreamException e) {
            throw new ReadException(name, "not readable as XML: " + describe(e));
        }
    }

    private static Reader skipBomAndLeadingWhitespace(String name, InputStream in) throws ReadException {
        BufferedInputStream b = new BufferedInputStream(in, 1 << 16);
        try {
            b.mark(256);
            byte[] head = b.readNBytes(256);
            b.reset();
            Charset cs = XmlCharset.of(head);
            BufferedReader r = new BufferedReader(new InputStreamReader(b, cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)),
                    1 << 14);
            while (true) {
                r.mark(1);
                int c = r.read();
                if (c == -1) {
                    throw new ReadException(name, "empty file (no XML content)");
                }
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\uFEFF') {
                    r.reset();
                    return r;
                }
            }
        } catch (IOException e) {
            throw new ReadException(name, "cannot read: " + oneLine(e.getMessage()));
        }
    }

    /** The refusal for a document that declares a DTD (and with it, possibly, entities that read local files). */
    public static ReadException refuseDtd(String name) {
        return new ReadException(name, "refused: the file declares a DTD/external entity (<!DOCTYPE …>); "
                + "repcheck does not expand entities in activity files");
    }

    /** "line 12, column 4: message" for a parse error, one line. */
    public static String describe(XMLStreamException e) {
        Location at = e.getLocation();
        String msg = e.getMessage() == null ? "not well-formed XML" : e.getMessage();
        int m = msg.indexOf("Message:");
        if (m >= 0) {
            msg = msg.substring(m + "Message:".length());
        }
        msg = oneLine(msg);
        if (at != null && at.getLineNumber() > 0) {
            return "line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ": " + msg;
        }
        return msg;
    }

    /** A Java exception's class name inside a message ("java.lang.IllegalArgumentException: "): not for users. */
    private static final java.util.regex.Pattern CLASS_NAME =
            java.util.regex.Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error):\\s*");

    public static String oneLine(String s) {
        String t = s == null ? "" : CLASS_NAME.matcher(s).replaceAll("").replaceAll("\\s+", " ").trim();
        return t.length() <= 200 ? t : t.substring(0, 200) + "…";
    }
}
