package org.repcheck.report;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "week after" box of an interval session's report.html. A report is written as soon as its file is judged,
 * but the week after needs the runs of the next three days and the runner's baseline, which only the whole batch
 * has; so report.jte leaves an empty {@code <section id="week-after">} and the batch fills it once the history is
 * built. The box holds no {@code <section>} of its own, so the slot ends at the first {@code </section>} after it,
 * and filling it again (a rerun) replaces the earlier box.
 */
public final class WeekAfterSlot {
    private static final Pattern SLOT = Pattern.compile("<section id=\"week-after\"[^>]*>.*?</section>", Pattern.DOTALL);

    private WeekAfterSlot() {
    }

    /** The box as the report shows it, linking the history page at {@code historyHref} ("" for none). */
    public static String render(HistoryView.WeekAfterBox box, String historyHref) {
        // Stripped: the slot is replaced from <section> to </section>, so a trailing newline would pile up per rerun.
        return Templates.render("weekaftersection.jte", Map.of("b", box, "historyHref", historyHref)).strip();
    }

    /** The report with its slot holding {@code section}; empty when the report has no slot (an older template). */
    public static Optional<String> fill(String reportHtml, String section) {
        Matcher m = SLOT.matcher(reportHtml);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(reportHtml.substring(0, m.start()) + section + reportHtml.substring(m.end()));
    }
}
