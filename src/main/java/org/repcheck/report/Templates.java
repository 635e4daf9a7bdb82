package org.repcheck.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The jte engine over the templates precompiled at build time (src/main/jte → Java → classes): no template
 * parsing or Java compiler at run time, and a template that does not compile breaks the build, not a report.
 * HTML content type, so every {@code ${…}} is escaped. The engine is thread-safe and shared.
 */
final class Templates {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    private Templates() {
    }

    /** A template with several parameters, by name (those left out take the template's defaults). */
    static String render(String name, java.util.Map<String, Object> params) {
        StringOutput out = new StringOutput(64 * 1024);
        ENGINE.render(name, params, out);
        return out.toString();
    }

    static String render(String name, Object param) {
        StringOutput out = new StringOutput(64 * 1024);
        ENGINE.render(name, param, out);
        return out.toString();
    }
}
