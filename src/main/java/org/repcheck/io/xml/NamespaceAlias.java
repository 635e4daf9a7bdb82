package org.repcheck.io.xml;

import java.util.function.UnaryOperator;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * Shows element names under the namespace the generated classes were bound to, whatever namespace the file
 * used for them: GPX 1.0, no namespace at all, or a look-alike URI all read as GPX 1.1. JAXB matches elements
 * by namespace and local name, so without this a GPX 1.0 file would unmarshal into empty points.
 */
public final class NamespaceAlias extends StreamReaderDelegate {
    private final UnaryOperator<String> alias;

    /** @param alias maps a namespace URI ("" for none) to the one to show; returns its argument to keep it */
    public NamespaceAlias(XMLStreamReader reader, UnaryOperator<String> alias) {
        super(reader);
        this.alias = alias;
    }

    private String map(String uri) {
        return alias.apply(uri == null ? "" : uri);
    }

    @Override
    public String getNamespaceURI() {
        int ev = getEventType();
        if (ev != START_ELEMENT && ev != END_ELEMENT) {
            return super.getNamespaceURI();
        }
        return map(super.getNamespaceURI());
    }

    @Override
    public QName getName() {
        QName q = super.getName();
        return new QName(map(q.getNamespaceURI()), q.getLocalPart(), q.getPrefix());
    }

    @Override
    public String getNamespaceURI(int index) {
        return map(super.getNamespaceURI(index));
    }

    @Override
    public String getNamespaceURI(String prefix) {
        String uri = super.getNamespaceURI(prefix);
        return uri == null ? null : map(uri);
    }
}
