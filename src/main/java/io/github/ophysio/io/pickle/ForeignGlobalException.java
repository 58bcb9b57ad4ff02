package io.github.ophysio.io.pickle;

import io.github.ophysio.error.FileText;

/** A pickle names a global outside the allow-list; refused before anything is looked up or called. */
final class ForeignGlobalException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String global;

    ForeignGlobalException(String global, String how) {
        super("pickle asks for " + how + " '" + FileText.quote(global) + "'");
        this.global = global;
    }

    String global() {
        return global;
    }
}
