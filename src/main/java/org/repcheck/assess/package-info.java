/**
 * Judging reps against their bands: {@link org.repcheck.assess.Assessor} gives the {@code model.Analysis} that
 * {@code judge} prints and the report draws.
 *
 * <p>Decisions: pace uncertainty per how the watch measured the distance, calibrated on real sessions
 * ({@link org.repcheck.assess.PaceUncertainty}); the verdict interval rule, under which a wider uncertainty can only
 * make a verdict unjudged ({@link org.repcheck.assess.BandCheck}); tempo blocks and long reps by the threshold band;
 * reps under 20 s or 100 m are unjudged; recovery guidance per docs/science.md §6 with each rep classed by its pace
 * ({@link org.repcheck.assess.RecoveryCheck}); stale and beaten TTs ({@link org.repcheck.assess.TrialChecks}); the
 * advice as a value ({@link org.repcheck.assess.Advice}).
 *
 * <p>Everything here is a value: no sentence, no display unit. {@code report} words it (a test holds assess to
 * importing nothing from report).
 */
package org.repcheck.assess;
