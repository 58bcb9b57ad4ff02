package io.github.ophysio.io.pickle;

import java.io.IOException;
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
 */
final class SafeUnpickler extends Unpickler {

    @Override
    protected Object dispatch(short key) throws PickleException, IOException {
        switch (key) {
            case Opcodes.GLOBAL -> stack.add(allowed(PickleUtils.readline(input), PickleUtils.readline(input)));
            case Opcodes.STACK_GLOBAL -> stackGlobal();
            case Opcodes.INST -> throw new ForeignGlobalException(
                    PickleUtils.readline(input) + "." + PickleUtils.readline(input), "an instance of");
            case Opcodes.PERSID, Opcodes.BINPERSID -> throw new PickleException("persistent ids are not supported");
            case Opcodes.BUILD -> build();
            default -> {
                return super.dispatch(key);
            }
        }
        return NO_RETURN_VALUE;
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
