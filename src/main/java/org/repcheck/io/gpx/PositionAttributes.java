package org.repcheck.io.gpx;

import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * Shows JAXB a {@code lat}/{@code lon} attribute that is not a decimal number ({@code lat="NaN"}, {@code lon=""},
 * {@code lat="12,5"}) as an out-of-range one instead, so that point is kept without a position (and counted in the
 * "no valid position" warning) — left as it is, the decimal conversion throws and every later point is lost.
 */
final class PositionAttributes extends StreamReaderDelegate {
    private static final Pattern DECIMAL = Pattern.compile("\\s*[+-]?(\\d+(\\.\\d*)?|\\.\\d+)\\s*");
    /** Outside every latitude and longitude, so {@code GeoDistance.isPosition} refuses it. */
    private static final String NOT_A_POSITION = "999";

    PositionAttributes(XMLStreamReader reader) {
        super(reader);
    }

    @Override
    public String getAttributeValue(int index) {
        String v = super.getAttributeValue(index);
        return isPositionName(super.getAttributeLocalName(index)) ? decimalOrOut(v) : v;
    }

    @Override
    public String getAttributeValue(String namespaceUri, String localName) {
        String v = super.getAttributeValue(namespaceUri, localName);
        return v != null && isPositionName(localName) ? decimalOrOut(v) : v;
    }

    private static boolean isPositionName(String local) {
        return "lat".equals(local) || "lon".equals(local);
    }

    private static String decimalOrOut(String v) {
        return v != null && DECIMAL.matcher(v).matches() ? v : NOT_A_POSITION;
    }
}
