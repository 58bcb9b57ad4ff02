package io.github.ophysio.formats.nwb;

import io.github.ophysio.io.hdf5.Hdf5Flat;
import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.io.hdf5.Hdf5Attributes;
import io.github.ophysio.io.hdf5.Hdf5Nodes;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A series' time base: {@code timestamps} (native, irregular allowed; the rate is 1 / the median
 * interval) or {@code starting_time} with its {@code rate} (regular; native times only when the
 * start is not 0, so that the first time is right).
 */
record NwbTime(double[] timestamps, double startingTime, OptionalDouble rate) {

    /** No time base at all (a still image). */
    static final NwbTime NONE = new NwbTime(null, 0, OptionalDouble.empty());

    static NwbTime of(Path path, Group series) {
        Optional<Dataset> stamps = Hdf5Nodes.dataset(path, series, "timestamps");
        if (stamps.isPresent()) {
            return new NwbTime(Hdf5Flat.doubles(stamps.get()), Double.NaN, OptionalDouble.empty());
        }
        Optional<Dataset> start = Hdf5Nodes.dataset(path, series, "starting_time");
        if (start.isEmpty()) {
            return NONE;
        }
        double[] value = Hdf5Flat.doubles(start.get());
        OptionalDouble rate = Hdf5Attributes.number(start.get(), "rate");
        return new NwbTime(null, value.length == 0 ? 0 : value[0],
                rate.isPresent() && rate.getAsDouble() > 0 ? rate : OptionalDouble.empty());
    }

    /** The rate: stated, else from the median timestamp interval. */
    OptionalDouble samplingFrequency() {
        if (rate.isPresent() || timestamps == null || timestamps.length < 2) {
            return rate;
        }
        double[] steps = new double[timestamps.length - 1];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = timestamps[i + 1] - timestamps[i];
        }
        Arrays.sort(steps);
        int m = steps.length / 2;
        double median = steps.length % 2 == 1 ? steps[m] : (steps[m - 1] + steps[m]) / 2;
        return median > 0 ? OptionalDouble.of(1 / median) : OptionalDouble.empty();
    }

    /** Native times of {@code samples} samples, or null when the file's times are i / rate from 0. */
    double[] times(Path path, String series, int samples) {
        if (timestamps != null) {
            if (timestamps.length != samples) {
                throw CorruptFileException.expected(path, series + "/timestamps length", samples, timestamps.length);
            }
            return timestamps.clone();
        }
        if (startingTime == 0 || Double.isNaN(startingTime) || rate.isEmpty()) {
            return null;
        }
        double[] times = new double[samples];
        for (int i = 0; i < samples; i++) {
            times[i] = startingTime + i / rate.getAsDouble();
        }
        return times;
    }

    void describe(Map<String, Object> metadata) {
        if (timestamps == null) {
            metadata.put("startingTime", startingTime);
            metadata.put("rate", rate.isPresent() ? rate.getAsDouble() : null);
        }
    }
}
