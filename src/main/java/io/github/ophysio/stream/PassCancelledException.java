package io.github.ophysio.stream;

import java.util.concurrent.CancellationException;

/**
 * A pass stopped because its caller cancelled it (a flag or an interrupt). When it is thrown every
 * worker has stopped, so the caller may delete what the workers were writing.
 */
public final class PassCancelledException extends CancellationException {

    private static final long serialVersionUID = 1L;

    public PassCancelledException(String message) {
        super(message);
    }
}
