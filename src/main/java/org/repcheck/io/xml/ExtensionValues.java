package org.repcheck.io.xml;

import jakarta.xml.bind.JAXBElement;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Heart rate, cadence, speed and power found in a point's extension elements, whatever vendor wrote them. Known
 * extensions arrive as generated JAXB objects (read through {@code known}); anything else arrives as DOM elements
 * and is matched by local name only, so {@code <ns3:hr>}, a TrackPointExtension of another version, or a bare
 * {@code <hr>} all count. The first value found for a channel wins. Mutable, one per point.
 */
public final class ExtensionValues {
    public double hr = Double.NaN;
    public double cadence = Double.NaN;
    public double speed = Double.NaN;
    public double power = Double.NaN;

    /** Reads every entry of an {@code xsd:any} list. */
    public ExtensionValues readAll(List<Object> any, BiConsumer<Object, ExtensionValues> known) {
        if (any == null) {
            return this;
        }
        for (Object o : any) {
            Object v = o instanceof JAXBElement<?> e ? e.getValue() : o;
            if (v instanceof Element el) {
                readDom(el, 0);
            } else if (v != null) {
                known.accept(v, this);
            }
        }
        return this;
    }

    public void hr(double v) {
        if (Double.isNaN(hr)) {
            hr = Numbers.heartRate(v);
        }
    }

    public void cadence(double v) {
        if (Double.isNaN(cadence) && v >= 0) {
            cadence = v;
        }
    }

    public void speed(double v) {
        if (Double.isNaN(speed) && v >= 0) {
            speed = v;
        }
    }

    public void power(double v) {
        if (Double.isNaN(power) && v >= 0) {
            power = v;
        }
    }

    /** A leaf element's text, by its local name (any prefix, any namespace). */
    public void value(String localName, String text) {
        String local = localName;
        int colon = local.indexOf(':');
        if (colon >= 0) {
            local = local.substring(colon + 1);
        }
        double v = Numbers.parse(text);
        if (Double.isNaN(v)) {
            return;
        }
        switch (local.toLowerCase(Locale.ROOT)) {
            case "hr", "heartrate", "heartratebpm", "bpm" -> hr(v);
            case "cad", "cadence", "runcadence" -> cadence(v);
            case "speed" -> speed(v);
            case "power", "powerinwatts", "watts" -> power(v);
            default -> {
            }
        }
    }

    private void readDom(Element el, int depth) {
        if (depth > 8) {
            return; // nobody nests sensor values deeper; a hostile file may
        }
        boolean hasChildElements = false;
        for (Node c = el.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) {
                hasChildElements = true;
                readDom(child, depth + 1);
            }
        }
        if (hasChildElements) {
            return;
        }
        String local = el.getLocalName() != null ? el.getLocalName() : el.getNodeName();
        value(local, el.getTextContent());
    }
}
