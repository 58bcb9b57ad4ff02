package io.github.ophysio.summary;

/**
 * CaImAn's {@code local_correlations} (8 neighbours) from running sums: each pixel's mean, over its
 * neighbours inside the plane (8, 5 at an edge, 3 in a corner), of the Pearson correlation over time
 * cov(x, y) / (σx·σy), population moments. A constant pixel's z-score is taken as 0 (CaImAn divides
 * by zero there): its own value is 0 and it adds 0 to its neighbours' means.
 */
final class LocalCorrelation {

    private LocalCorrelation() {
    }

    static double[] image(PixelSums sums) {
        int pixels = sums.sum.length;
        double[] sigma = new double[pixels];
        for (int i = 0; i < pixels; i++) {
            sigma[i] = Math.sqrt(sums.variance(i));
        }
        double[] total = new double[pixels];
        int[] neighbours = new int[pixels];
        NeighbourPairs.forEach(sums.rows, sums.cols, (p, i, j) -> {
            double r = sigma[i] > 0 && sigma[j] > 0 ? sums.covariance(p, i, j) / (sigma[i] * sigma[j]) : 0;
            total[i] += r;
            total[j] += r;
            neighbours[i]++;
            neighbours[j]++;
        });
        for (int i = 0; i < pixels; i++) {
            total[i] = neighbours[i] == 0 ? 0 : total[i] / neighbours[i];
        }
        return total;
    }
}
