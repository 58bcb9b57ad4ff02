/**
 * The one unchecked exception family of Ophys IO. Every reader failure is a
 * {@link io.github.ophysio.error.CorruptFileException corrupt},
 * {@link io.github.ophysio.error.UnsupportedFormatException unsupported} or
 * {@link io.github.ophysio.error.MissingFileException missing} file, and its message is one
 * line naming the file, what was expected and what was found.
 */
package io.github.ophysio.error;
