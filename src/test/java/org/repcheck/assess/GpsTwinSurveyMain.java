package org.repcheck.assess;

/** Prints the survey (not a test): {@code java -cp ... org.repcheck.assess.GpsTwinSurveyMain}. */
final class GpsTwinSurveyMain {
    public static void main(String[] args) throws Exception {
        for (GpsTwinSurvey.Pair p : GpsTwinSurvey.pairs()) {
            System.out.printf(java.util.Locale.ROOT, "%s\t%d\t%.1f\t%.1f\t%.1f\t%.1f%n", p.file(), p.rep(), p.durationS(),
                    p.watchM(), p.twinM(), p.fitTrackM());
        }
    }
}
