package io.github.ophysio.io.pickle;

/** A pickle-time object that takes the state of a BUILD opcode (instead of Pyrolite's reflective __setstate__). */
interface Buildable {

    void setState(Object state);
}
