/** Traces in ImageJ Results tables (one per trace kind) and plots of selected ROIs against time. */
package io.github.ophysio.fiji.table;
