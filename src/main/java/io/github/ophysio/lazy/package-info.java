/**
 * The one loader that makes every format lazy: an extractor becomes an ImgLib2
 * {@link net.imglib2.img.cell.LazyCellImg} with one cell per plane (X, Y, Z, T), whose cells are
 * read on first access and kept in one {@link io.github.ophysio.lazy.PlaneCache} bounded in bytes
 * and shared by every open recording. (imglib2-cache is not on Maven Central; this is its small
 * stand-in.)
 */
package io.github.ophysio.lazy;
