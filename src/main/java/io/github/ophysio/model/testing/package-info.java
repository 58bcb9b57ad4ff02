/**
 * The model's test kit, as roiextractors' {@code testing} module: a synthetic recording with
 * position-coded values and an equality check for two recordings. Shipped so that readers of new
 * formats (and users' own code) can test against the same yardstick.
 */
package io.github.ophysio.model.testing;
