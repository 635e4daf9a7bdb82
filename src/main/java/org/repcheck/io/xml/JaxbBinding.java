package org.repcheck.io.xml;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;

/**
 * One schema's JAXB binding for the process: the context is built on first use (a batch of FIT files never pays
 * the ~0.2 s it costs), and each thread gets its own unmarshaller, since unmarshallers are not thread-safe.
 */
public final class JaxbBinding {
    private final String format;
    private final Class<?>[] objectFactories;
    private volatile JAXBContext context;
    private final ThreadLocal<Unmarshaller> unmarshallers = ThreadLocal.withInitial(this::newUnmarshaller);

    public JaxbBinding(String format, Class<?>... objectFactories) {
        this.format = format;
        this.objectFactories = objectFactories.clone();
    }

    public JAXBContext context() {
        JAXBContext c = context;
        if (c == null) {
            synchronized (this) {
                c = context;
                if (c == null) {
                    try {
                        c = JAXBContext.newInstance(objectFactories);
                    } catch (JAXBException e) {
                        throw new IllegalStateException("the " + format + " binding cannot be built", e);
                    }
                    context = c;
                }
            }
        }
        return c;
    }

    /** This thread's unmarshaller. */
    public Unmarshaller unmarshaller() {
        return unmarshallers.get();
    }

    private Unmarshaller newUnmarshaller() {
        try {
            return context().createUnmarshaller();
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot create a " + format + " unmarshaller", e);
        }
    }
}
