/**
 * Summary images of a recording (mean, max, min, std and CaImAn's local correlation image),
 * accumulated in one streaming pass: each worker keeps a {@link io.github.ophysio.summary.PlaneSummary}
 * per plane, fed float planes in any order, and the workers' sums are merged at the end. Knows no
 * ImageJ: the command line and the Fiji command both use it.
 */
package io.github.ophysio.summary;
