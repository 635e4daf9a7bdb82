package org.repcheck.io.xml;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import java.time.Instant;

/**
 * Binds xsd:dateTime to {@link Instant} in the generated GPX and TCX classes (see src/main/xsd/bindings.xjb).
 * A value it cannot read throws, which JAXB hands to the unmarshaller's event handler: the readers count those
 * and warn, and the one field stays empty.
 */
public final class LenientInstantAdapter extends XmlAdapter<String, Instant> {
    @Override
    public Instant unmarshal(String text) {
        return XmlTimes.parseOrThrow(text);
    }

    @Override
    public String marshal(Instant value) {
        return value == null ? null : value.toString();
    }
}
