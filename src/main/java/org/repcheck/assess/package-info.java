/**
 * Judging reps against their bands: {@link org.repcheck.assess.Assessor#assess(org.repcheck.model.Session,
 * org.repcheck.targets.TargetPlan, org.repcheck.report.Units)} gives the {@code model.Analysis} that {@code judge}
 * prints and the report draws.
 *
 * <p>Decisions: pace uncertainty per distance basis ({@link org.repcheck.assess.PaceUncertainty}); the verdict
 * interval rule, under which a wider uncertainty can only make a verdict unjudged
 * ({@link org.repcheck.assess.BandCheck}); reps under 20 s or 100 m are unjudged; recovery guidance per docs/science.md §6
 * ({@link org.repcheck.assess.RecoveryCheck}); one sentence of advice ({@link org.repcheck.assess.Advice}).
 *
 * <p>Deviation from DESIGN.md: assess uses {@code report.Units} so that reasons, notes and advice — text for people
 * — speak the runner's units. Numbers in the model (delta, uncertainty) stay s/km.
 */
package org.repcheck.assess;
