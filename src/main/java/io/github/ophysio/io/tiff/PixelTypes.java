package io.github.ophysio.io.tiff;

import io.github.ophysio.model.PixelType;
import java.util.Optional;

/** TIFF (SampleFormat, BitsPerSample) to the model's pixel types. */
final class PixelTypes {

    static final String READABLE = "unsigned 8/16/32, signed 8/16/32 and float 32/64 bits";

    private PixelTypes() {
    }

    static Optional<PixelType> of(int sampleFormat, int bits) {
        PixelType t = switch (sampleFormat * 100 + bits) {
            case 108 -> PixelType.UINT8;
            case 116 -> PixelType.UINT16;
            case 132 -> PixelType.UINT32;
            case 208 -> PixelType.INT8;
            case 216 -> PixelType.INT16;
            case 232 -> PixelType.INT32;
            case 332 -> PixelType.FLOAT32;
            case 364 -> PixelType.FLOAT64;
            default -> null;
        };
        return Optional.ofNullable(t);
    }
}
