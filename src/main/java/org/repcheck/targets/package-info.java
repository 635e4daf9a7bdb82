/**
 * Time trials and the models that turn them into pace bands.
 *
 * <p>Entry points for the CLI:
 * <ul>
 * <li>{@link org.repcheck.targets.TimeTrialSpec#parse} for {@code --tt DIST=TIME[@DATE]},
 *     {@link org.repcheck.targets.TimeTrialSpec#parseTtDistance} for {@code --tt-distance};</li>
 * <li>{@link org.repcheck.targets.BestEffort#of} for {@code --tt-file};</li>
 * <li>{@link org.repcheck.targets.AthleteProfile#load} for {@code --profile} / {@code athlete.yaml};</li>
 * <li>{@link org.repcheck.targets.TargetPlan#from} to combine them with {@code --model};</li>
 * <li>{@link org.repcheck.targets.TargetTable#of} for {@code repcheck targets}.</li>
 * </ul>
 * Every usage error is a {@link org.repcheck.targets.TargetException} with a one-line message (exit 2).
 *
 * <p>Decisions, each documented where it is made:
 * <ul>
 * <li>bare seconds only under 100 s ({@code 400=75} yes, {@code 5k=2000} refused as ambiguous) — TimeTrialSpec;</li>
 * <li>a dated TT on or before the workout beats an undated one; undated is the fallback — TimeTrials;</li>
 * <li>riegel's own band: race pace over 4·d to 8·d — RiegelModel;</li>
 * <li>critical-speed band: the speeds spending 15–25 % of D′ (0.75–1.25 × f) — CriticalSpeedModel;</li>
 * <li>D′ balance: linear spend above CS, Skiba-style refill below — CriticalSpeedModel#balance;</li>
 * <li>no band reaches past the Riegel race pace for its distance — RacePaceLimit.</li>
 * </ul>
 * Speeds in {@code TargetBand} are m/s; the models compute in s/km where docs/science.md is written that way.
 */
package org.repcheck.targets;
