package io.github.ophysio.io.mat;

/** What a MATLAB value is, as far as the readers care. */
public enum MatKind {
    /** double, single, (u)int8–64, and sparse matrices (v5 and v7.3). */
    NUMERIC,
    /** logical arrays (read as 0/1 numbers). */
    LOGICAL,
    /** char arrays (UTF-16 code units). */
    CHAR,
    /** struct (only scalar structs expose fields). */
    STRUCT,
    /** cell arrays. */
    CELL,
    /** objects: MCOS classdef objects (e.g. CNMF-E's Sources2D) and old-style class objects. */
    OBJECT,
    /** anything else (function handles, Java objects). */
    OTHER
}
