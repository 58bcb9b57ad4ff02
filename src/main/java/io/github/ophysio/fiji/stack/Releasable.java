package io.github.ophysio.fiji.stack;

/** A stack that holds planes in the shared cache or reads ahead: released when its image closes. */
interface Releasable {

    void release();
}
