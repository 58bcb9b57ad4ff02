package io.github.ophysio.formats;

/**
 * How sure a reader is that it can read a file: one ladder for every reader, so that which reader
 * wins is decided by what each one saw, not by numbers tuned against each other. Each rung names the
 * evidence; a reader picks the highest rung its evidence reaches. Two readers must never claim the
 * same file at the same rung ({@code SniffLadderTest} checks every fixture): the registry then falls
 * back to id order, which says nothing about the file.
 */
public enum Confidence {

    /** Not this format: the reader would refuse the file. */
    NO,

    /**
     * A hint and no more: the file name (extension, a memmap's spelled-out layout, a folder named like a
     * plane), or a container this format uses whose content does not show the format's marks (a MAT file
     * with other variables). The reader wins only when nobody knows more, so its error can say what it
     * looked for.
     */
    EXTENSION_HINT,

    /**
     * A magic number or container signature this reader can read as such: a plain HDF5 file, an .npy
     * array, a JSON-footed file. Generic readers stop here.
     */
    SIGNATURE,

    /**
     * A container signature shared with other formats plus this format's own file name (an .nwb-named
     * HDF5 file without {@code nwb_version}, an .isxd-named JSON-footed file): the user named the file
     * for this format, which a generic reader of the container cannot contradict.
     */
    NAMED_SIGNATURE,

    /**
     * The signature plus the format's own layout inside the container: NWB's {@code nwb_version},
     * CaImAn's {@code estimates} and {@code params} groups.
     */
    LAYOUT,

    /**
     * A specific pipeline output recognised by its variables or files: CNMF-E's or EXTRACT's MAT
     * variables, a Suite2p plane folder (or its {@code stat.npy}/{@code ops.npy}, which the npy reader
     * would otherwise take for plain arrays).
     */
    RECOGNISED_OUTPUT;

    /** Whether this rung says more than {@code other}. */
    public boolean above(Confidence other) {
        return compareTo(other) > 0;
    }
}
