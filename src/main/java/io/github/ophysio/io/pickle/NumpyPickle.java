package io.github.ophysio.io.pickle;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.UnsupportedFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import net.razorvine.pickle.PickleException;

/**
 * Decodes one pickle stream of NumPy values without executing anything. Python values come out
 * as Java ones: dict → Map (String keys), list and tuple → List, str → String, int → Integer,
 * Long or BigInteger, float → Double, bool → Boolean, None → null, bytes → byte[], NumPy arrays →
 * {@link NumpyArray} (a 0-d object array → its element), NumPy scalars → boxed Java numbers,
 * datetime → LocalDateTime.
 */
public final class NumpyPickle {

    private NumpyPickle() {
    }

    /** The value pickled in {@code pickle}; {@code file} names the source in errors. */
    public static Object loads(Path file, byte[] pickle) {
        return load(file, new ByteArrayInputStream(pickle), pickle.length);
    }

    /**
     * The value of the pickle stream {@code in} of at most {@code length} bytes (read up to its STOP
     * opcode; not closed). A foreign global is {@link UnsupportedFormatException}; a malformed stream
     * is {@link CorruptFileException}.
     */
    public static Object load(Path file, InputStream in, long length) {
        SafeUnpickler unpickler = new SafeUnpickler(length);
        try {
            return new PickleValues().resolve(unpickler.load(in));
        } catch (ForeignGlobalException e) {
            throw new UnsupportedFormatException(file, e.getMessage() + ": only NumPy arrays, dtypes and scalars"
                    + " are decoded and nothing is executed");
        } catch (IOException | PickleException | IllegalArgumentException | IllegalStateException
                | ClassCastException | IndexOutOfBoundsException | ArithmeticException | NullPointerException e) {
            // how Pyrolite and our constructors report a malformed stream (a bad opcode, a wrong type on the stack)
            throw new CorruptFileException(file, "pickle: " + e.getMessage(), e);
        }
    }
}
