package org.repcheck.io.xml;

import java.util.Arrays;
import java.util.Set;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * Keeps other vendors' extension elements away from JAXB and reads their values itself. Inside an
 * {@code <extensions>} (or {@code <Extensions>}) element, a child that is not one of the extension roots the
 * generated classes know ({@code passThrough}) is consumed here: its leaf elements are matched by local name
 * ({@code hr}, {@code cad}, {@code speed}, … see {@link ExtensionValues#value}) into the current sink, and JAXB
 * never sees it. Two reasons: files use any prefix and namespace version for the same values, and JAXB would
 * otherwise build a DOM for each unknown element — a transformer per trackpoint, orders of magnitude slower.
 *
 * <p>All element events must go through {@link #next()} (which {@link #getElementText()} and
 * {@link #nextTag()} here do) so the depth bookkeeping stays right.
 */
public final class ForeignExtensions extends StreamReaderDelegate {
    private final Set<QName> passThrough;
    private final Set<QName> alsoCapture;
    private int depth;
    private int[] containers = new int[8];
    private int containerCount;
    private ExtensionValues sink = new ExtensionValues();

    public ForeignExtensions(XMLStreamReader reader, Set<QName> passThrough) {
        this(reader, passThrough, Set.of());
    }

    /**
     * @param alsoCapture elements read by local name wherever they are, outside extensions too: GPX 1.0's
     *                    {@code <speed>} in a trkpt, which GPX 1.1 (and so the generated classes) dropped
     */
    public ForeignExtensions(XMLStreamReader reader, Set<QName> passThrough, Set<QName> alsoCapture) {
        super(reader);
        this.passThrough = Set.copyOf(passThrough);
        this.alsoCapture = Set.copyOf(alsoCapture);
    }

    /** Where the values of the next foreign elements go (one sink per point). */
    public void collectInto(ExtensionValues values) {
        sink = values;
    }

    @Override
    public int next() throws XMLStreamException {
        int ev = super.next();
        while (true) {
            if (ev == START_ELEMENT) {
                depth++;
                boolean inContainer = containerCount > 0 && containers[containerCount - 1] == depth - 1;
                QName q = new QName(getNamespaceURI(), getLocalName());
                if (inContainer ? !passThrough.contains(q) : alsoCapture.contains(q)) {
                    capture();
                    depth--;
                    ev = super.next();
                    continue;
                }
                if (getLocalName().equalsIgnoreCase("extensions")) {
                    if (containerCount == containers.length) {
                        containers = Arrays.copyOf(containers, containerCount * 2);
                    }
                    containers[containerCount++] = depth;
                }
            } else if (ev == END_ELEMENT) {
                if (containerCount > 0 && containers[containerCount - 1] == depth) {
                    containerCount--;
                }
                depth--;
            }
            return ev;
        }
    }

    /** Consumes the foreign element the reader is on, up to and including its end tag. */
    private void capture() throws XMLStreamException {
        int level = 1;
        String leaf = getLocalName();
        StringBuilder text = new StringBuilder();
        boolean leafOpen = true;
        while (level > 0) {
            int ev = super.next();
            switch (ev) {
                case START_ELEMENT -> {
                    level++;
                    leaf = getLocalName();
                    text.setLength(0);
                    leafOpen = true;
                }
                case CHARACTERS, CDATA, SPACE -> {
                    if (leafOpen && text.length() < 64) {
                        text.append(getTextCharacters(), getTextStart(), Math.min(getTextLength(), 64));
                    }
                }
                case END_ELEMENT -> {
                    level--;
                    if (leafOpen) {
                        sink.value(leaf, text.toString());
                        leafOpen = false;
                    }
                }
                case END_DOCUMENT -> throw new XMLStreamException("document ends inside an extension element",
                        getLocation());
                default -> {
                }
            }
        }
    }

    @Override
    public String getElementText() throws XMLStreamException {
        if (getEventType() != START_ELEMENT) {
            throw new XMLStreamException("not at a start tag", getLocation());
        }
        StringBuilder sb = new StringBuilder();
        while (true) {
            int ev = next();
            switch (ev) {
                case CHARACTERS, CDATA, SPACE, ENTITY_REFERENCE -> sb.append(getText());
                case END_ELEMENT -> {
                    return sb.toString();
                }
                case START_ELEMENT -> throw new XMLStreamException("element text only expected", getLocation());
                case END_DOCUMENT -> throw new XMLStreamException("document ends inside an element", getLocation());
                default -> {
                }
            }
        }
    }

    @Override
    public int nextTag() throws XMLStreamException {
        while (true) {
            int ev = next();
            if (ev == START_ELEMENT || ev == END_ELEMENT) {
                return ev;
            }
            if ((ev == CHARACTERS || ev == CDATA) && !isWhiteSpace()) {
                throw new XMLStreamException("unexpected text where a tag was expected", getLocation());
            }
            if (ev == END_DOCUMENT) {
                throw new XMLStreamException("document ended where a tag was expected", getLocation());
            }
        }
    }
}
