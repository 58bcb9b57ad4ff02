/**
 * Rules the build checks on the code and the fixtures as a whole (layering of packages), so that a
 * rule written in {@code docs/design.md} fails {@code mvn verify} when it is broken rather than being
 * found in review.
 */
package io.github.ophysio.rules;
