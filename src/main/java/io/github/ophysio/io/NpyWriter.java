package io.github.ophysio.io;

import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.NdArray;
import io.github.ophysio.model.PixelType;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.model.TraceBlock;
import io.github.ophysio.model.TraceKind;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Writes recordings as NumPy .npy (format 1.0, C order, little-endian, header padded to 64
 * bytes), one sample at a time in order, the next few read on every core meanwhile
 * ({@link OrderedSamples}), so memory stays bounded whatever the length.
 */
public final class NpyWriter {

    private static final int ALIGN = 64;

    private NpyWriter() {
    }

    /** The numpy descriptor of {@code type} in little-endian order, e.g. {@code <u2}, {@code |b1}. */
    public static String descr(PixelType type) {
        if (type == PixelType.BOOL) {
            return "|b1";
        }
        char kind = type.isFloating() ? 'f' : type.isSigned() ? 'i' : 'u';
        return (type.bytes() == 1 ? "|" : "<") + kind + type.bytes();
    }

    /** Writes samples [start, end) of {@code source}; {@code progress} hears each sample written. */
    public static void write(ImagingExtractor source, int start, int end, OutputStream out, IntConsumer progress)
            throws IOException {
        int[] image = source.getImageShape();
        long[] shape = source.isVolumetric()
                ? new long[] {end - start, image[0], image[1], source.getNumPlanes()}
                : new long[] {end - start, image[0], image[1]};
        out.write(header(descr(source.getPixelType()), shape));
        long sampleBytes = (long) image[0] * image[1] * source.getNumPlanes() * source.getPixelType().bytes();
        OrderedSamples.stream(start, end, sampleBytes, t -> littleEndian(source.getSeries(t, t + 1)), (t, bytes) -> {
            out.write(bytes);
            progress.accept(t - start + 1);
        });
    }

    /**
     * Writes every sample of planar {@code channels} (same shape, type and length) as one
     * {@code (T, rows, cols, channels)} array, channels interleaved per pixel as a 4-D .npy of channels
     * is read back; {@code progress} hears each sample written.
     */
    public static void writeChannels(List<ImagingExtractor> channels, OutputStream out, IntConsumer progress)
            throws IOException {
        ImagingExtractor first = channels.get(0);
        for (ImagingExtractor channel : channels) {
            if (channel.isVolumetric() || channel.getNumSamples() != first.getNumSamples()
                    || channel.getPixelType() != first.getPixelType()
                    || !Arrays.equals(channel.getImageShape(), first.getImageShape())) {
                throw new IllegalArgumentException("channels differ in shape, type or length, or are volumes: write"
                        + " one channel at a time");
            }
        }
        int[] image = first.getImageShape();
        int samples = first.getNumSamples();
        out.write(header(descr(first.getPixelType()), new long[] {samples, image[0], image[1], channels.size()}));
        long sampleBytes = (long) image[0] * image[1] * channels.size() * first.getPixelType().bytes();
        OrderedSamples.stream(0, samples, sampleBytes, t -> interleaved(channels, t), (t, bytes) -> {
            out.write(bytes);
            progress.accept(t + 1);
        });
    }

    /** Sample {@code t} of every channel, channel fastest. */
    private static byte[] interleaved(List<ImagingExtractor> channels, int t) {
        int count = channels.size();
        int item = channels.get(0).getPixelType().bytes();
        byte[] result = null;
        for (int c = 0; c < count; c++) {
            byte[] plane = littleEndian(channels.get(c).getSeries(t, t + 1));
            result = result == null ? new byte[plane.length * count] : result;
            for (int p = 0, pixels = plane.length / item; p < pixels; p++) {
                System.arraycopy(plane, p * item, result, (p * count + c) * item, item);
            }
        }
        return result;
    }

    /** Samples read per block when writing traces: bounded memory for any length. */
    private static final int TRACE_BLOCK = 4096;

    /** Writes all {@code kind} traces as float64 (samples, rois), columns in ROI order. */
    public static void writeTraces(SegmentationExtractor source, TraceKind kind, OutputStream out) throws IOException {
        int samples = source.getNumSamples();
        int[] rois = source.allRois();
        out.write(header("<f8", new long[] {samples, rois.length}));
        for (int start = 0; start < samples; start += TRACE_BLOCK) {
            TraceBlock block = source.readTraces(kind, start, Math.min(samples, start + TRACE_BLOCK), rois);
            ByteBuffer bytes = ByteBuffer.allocate(block.values().length * 8).order(ByteOrder.LITTLE_ENDIAN);
            for (double value : block.values()) {
                bytes.putDouble(value);
            }
            out.write(bytes.array());
        }
    }

    /** Writes {@code values} (C order) as a float64 array of {@code shape}. */
    public static void writeDoubles(long[] shape, double[] values, OutputStream out) throws IOException {
        out.write(header("<f8", shape));
        ByteBuffer bytes = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asDoubleBuffer().put(values);
        out.write(bytes.array());
    }

    /** A version 1.0 header for a C-ordered array. */
    public static byte[] header(String descr, long[] shape) {
        StringBuilder dims = new StringBuilder();
        for (long d : shape) {
            dims.append(d).append(", ");
        }
        String text = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': ("
                + (shape.length == 1 ? dims : dims.substring(0, Math.max(0, dims.length() - 2))) + "), }";
        int unpadded = 10 + text.length() + 1;
        String padded = text + " ".repeat((ALIGN - unpadded % ALIGN) % ALIGN) + "\n";
        ByteBuffer header = ByteBuffer.allocate(10 + padded.length()).order(ByteOrder.LITTLE_ENDIAN);
        header.put(NpyHeader.MAGIC).put((byte) 1).put((byte) 0).putShort((short) padded.length());
        header.put(padded.getBytes(StandardCharsets.ISO_8859_1));
        return header.array();
    }

    /** The block's values as little-endian bytes, C order (the .npy data layout). */
    static byte[] littleEndian(NdArray block) {
        Object data = block.data();
        int count = java.lang.reflect.Array.getLength(data);
        ByteBuffer bytes = ByteBuffer.allocate(count * block.type().bytes()).order(ByteOrder.LITTLE_ENDIAN);
        if (data instanceof byte[] a) {
            bytes.put(a);
        } else if (data instanceof short[] a) {
            bytes.asShortBuffer().put(a);
        } else if (data instanceof int[] a) {
            bytes.asIntBuffer().put(a);
        } else if (data instanceof long[] a) {
            bytes.asLongBuffer().put(a);
        } else if (data instanceof float[] a) {
            bytes.asFloatBuffer().put(a);
        } else {
            bytes.asDoubleBuffer().put((double[]) data);
        }
        return bytes.array();
    }
}
