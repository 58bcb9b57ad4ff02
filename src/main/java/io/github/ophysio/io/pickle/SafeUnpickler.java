package io.github.ophysio.io.pickle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import net.razorvine.pickle.IObjectConstructor;
import net.razorvine.pickle.Opcodes;
import net.razorvine.pickle.PickleException;
import net.razorvine.pickle.PickleUtils;
import net.razorvine.pickle.Unpickler;

/**
 * Pyrolite's unpickler with every opcode that names a global or runs code taken over: GLOBAL and
 * STACK_GLOBAL resolve only through {@link NumpyConstructors} (Pyrolite's static registry and its
 * ClassDict fallback are never consulted), INST and persistent ids are refused, and BUILD only
 * fills our own pending arrays and dtypes (Pyrolite would call any {@code __setstate__} by reflection).
 * Length-prefixed opcodes are checked against the bytes the stream can still hold, so a hostile
 * length cannot make us allocate gigabytes.
 */
final class SafeUnpickler extends Unpickler {

    private final long maxLength;

    /** @param maxLength the stream's size (no string or byte run can be longer) */
    SafeUnpickler(long maxLength) {
        this.maxLength = maxLength;
    }

    @Override
    protected Object dispatch(short key) throws PickleException, IOException {
        switch (key) {
            case Opcodes.GLOBAL -> stack.add(allowed(PickleUtils.readline(input), PickleUtils.readline(input)));
            case Opcodes.STACK_GLOBAL -> stackGlobal();
            case Opcodes.INST -> throw new ForeignGlobalException(
                    PickleUtils.readline(input) + "." + PickleUtils.readline(input), "an instance of");
            case Opcodes.PERSID, Opcodes.BINPERSID -> throw new PickleException("persistent ids are not supported");
            case Opcodes.BUILD -> build();
            case Opcodes.BINBYTES -> stack.add(run(length4()));
            case Opcodes.BINBYTES8, Opcodes.BYTEARRAY8 -> stack.add(run(length8()));
            case Opcodes.BINUNICODE -> stack.add(new String(run(length4()), StandardCharsets.UTF_8));
            case Opcodes.BINUNICODE8 -> stack.add(new String(run(length8()), StandardCharsets.UTF_8));
            case Opcodes.BINSTRING -> stack.add(PickleUtils.rawStringFromBytes(run(length4())));
            case Opcodes.LONG4 -> stack.add(PickleUtils.decode_long(run(length4())));
            default -> {
                return super.dispatch(key);
            }
        }
        return NO_RETURN_VALUE;
    }

    private long length4() throws IOException {
        return PickleUtils.bytes_to_integer(PickleUtils.readbytes(input, 4)) & 0xffffffffL;
    }

    private long length8() throws IOException {
        return PickleUtils.bytes_to_long(PickleUtils.readbytes(input, 8), 0);
    }

    private byte[] run(long length) throws IOException {
        if (length < 0 || length > maxLength) {
            throw new PickleException("a run of " + Long.toUnsignedString(length) + " bytes in a stream of at most "
                    + maxLength);
        }
        return PickleUtils.readbytes(input, (int) length);
    }

    private void stackGlobal() {
        Object name = stack.pop();
        Object module = stack.pop();
        if (!(name instanceof String n) || !(module instanceof String m)) {
            throw new PickleException("STACK_GLOBAL without module and name strings");
        }
        stack.add(allowed(m, n));
    }

    private static IObjectConstructor allowed(String module, String name) {
        IObjectConstructor constructor = NumpyConstructors.lookup(module, name);
        if (constructor == null) {
            throw new ForeignGlobalException(module + "." + name, "the global");
        }
        return constructor;
    }

    private void build() {
        Object state = stack.pop();
        Object target = stack.peek();
        if (!(target instanceof Buildable buildable)) {
            throw new PickleException("BUILD on " + NumpyValues.describe(target) + " (only NumPy arrays and dtypes)");
        }
        buildable.setState(state);
    }
}
