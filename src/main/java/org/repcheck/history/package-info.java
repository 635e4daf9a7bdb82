/**
 * A runner's runs over weeks (issue 12): {@link org.repcheck.history.RunDigests} keeps a small digest of each
 * analysed file in the batch worker, {@link org.repcheck.history.HistoryBuilder} turns an athlete's digests into a
 * {@link org.repcheck.history.History} — every run classified with its basis, the week after each interval session
 * (SCIENCE §7), overcooked against on-target cost with a permutation test, the same workout over time, weekly load
 * (TRIMP) and the races/TTs found. Values only: {@code report} words them. SI units inside (m, s, m/s, bpm), except
 * the week-after residuals, which SCIENCE §7 defines in s/km at the reference HR.
 */
package org.repcheck.history;
