package org.repcheck.plan;

import org.repcheck.model.StepLength;

/** What an item of a session repeats: one work bout, or a whole set in brackets. */
public sealed interface SessionUnit permits SessionUnit.Work, SessionSpec {

    /** One work bout of a distance or a time. */
    record Work(StepLength length) implements SessionUnit {
        public Work {
            if (length == null || length.kind() == StepLength.Kind.OPEN) {
                throw new IllegalArgumentException("a work bout needs a distance or a time");
            }
        }
    }
}
