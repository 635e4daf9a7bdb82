package org.repcheck.model;

/**
 * What kind of effort a found work bout is. A rep (400 m, 3 min) is judged by the interval rule; a sustained block
 * (a 20-minute tempo inside a run, a fast finish) is one effort of another kind and is judged by a threshold band,
 * or left unjudged with that reason, never by the 400 m–1 km rule.
 */
public enum RepKind {
    REP,
    TEMPO_BLOCK
}
