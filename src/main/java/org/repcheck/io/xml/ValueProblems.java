package org.repcheck.io.xml;

import jakarta.xml.bind.ValidationEvent;
import jakarta.xml.bind.ValidationEventHandler;
import jakarta.xml.bind.ValidationEventLocator;
import java.util.Optional;

/**
 * The unmarshaller's event handler for one read: a value JAXB cannot convert ({@code <hr>abc</hr>}, a time with
 * a typo) costs that one field, is counted, and the read goes on; unknown elements are ignored (files are full
 * of other vendors' extensions). Only a fatal error stops the unmarshal. Not thread-safe: one per read.
 */
public final class ValueProblems implements ValidationEventHandler {
    private int count;
    private String first = "";

    @Override
    public boolean handleEvent(ValidationEvent event) {
        if (event.getSeverity() == ValidationEvent.FATAL_ERROR) {
            return false;
        }
        if (event.getLinkedException() != null) {
            if (count == 0) {
                ValidationEventLocator at = event.getLocator();
                String where = at != null && at.getLineNumber() > 0 ? "line " + at.getLineNumber() + ": " : "";
                Throwable cause = event.getLinkedException();
                String what = cause.getMessage() == null ? event.getMessage() : cause.getMessage();
                first = where + SafeXml.oneLine(what);
            }
            count++;
        }
        return true;
    }

    /** One warning line, when any value was unreadable. */
    public Optional<String> warning() {
        if (count == 0) {
            return Optional.empty();
        }
        return Optional.of(count + (count == 1 ? " value could not be read and was" : " values could not be read and were")
                + " left out (first at " + first + ")");
    }
}
