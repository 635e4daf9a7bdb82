package org.repcheck.io.xml;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.repcheck.io.ReadException;
import org.repcheck.model.Activity;

/**
 * The frame both XML readers share around their format-specific walk: bad values are collected rather than
 * thrown, broken XML keeps what was read before it (salvage), and the StAX reader is always closed.
 */
public final class StreamScan {
    private StreamScan() {
    }

    /** What a format collects while walking: finished normally, or cut short by broken XML. */
    public interface Collector {
        Activity finish(ValueProblems problems) throws ReadException;

        Activity broken(String where, ValueProblems problems) throws ReadException;
    }

    /** The format's walk over the document, feeding {@code collector}. */
    @FunctionalInterface
    public interface Walk<C> {
        void walk(ForeignExtensions r, Unmarshaller u, C collector) throws XMLStreamException, JAXBException, ReadException;
    }

    public static <C extends Collector> Activity run(XMLStreamReader raw, ForeignExtensions r, Unmarshaller u,
                                                      C collector, Walk<C> walk) throws ReadException {
        ValueProblems problems = new ValueProblems();
        try {
            u.setEventHandler(problems);
            walk.walk(r, u, collector);
        } catch (XMLStreamException e) {
            return collector.broken(SafeXml.describe(e), problems);
        } catch (JAXBException e) {
            return collector.broken(describe(e), problems);
        } catch (org.repcheck.io.ReadLimits.Exceeded e) {
            throw e;
        } catch (RuntimeException e) {
            // The JDK parser and JAXB can fail in odd ways on hostile bytes; that is still "broken XML".
            // Words for the user, not the exception's class: the message when it has one.
            return collector.broken(e.getMessage() == null || e.getMessage().isBlank() ? "data the XML reader could not "
                    + "take apart" : SafeXml.oneLine(e.getMessage()), problems);
        } finally {
            try {
                u.setEventHandler(null);
            } catch (JAXBException ignored) {
                // never thrown by the reference implementation
            }
            try {
                raw.close();
            } catch (XMLStreamException | RuntimeException ignored) {
                // closing a StAX reader frees nothing we hold; the caller owns the stream
            }
        }
        return collector.finish(problems);
    }

    private static String describe(JAXBException e) {
        Throwable cause = e.getLinkedException() != null ? e.getLinkedException() : e.getCause();
        if (cause instanceof XMLStreamException x) {
            return SafeXml.describe(x);
        }
        String msg = cause != null && cause.getMessage() != null ? cause.getMessage() : e.getMessage();
        return SafeXml.oneLine(msg == null ? "a value the XML binding could not read" : msg);
    }
}
