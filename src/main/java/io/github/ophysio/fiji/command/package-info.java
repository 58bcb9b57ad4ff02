/**
 * The commands users run: a SciJava {@link org.scijava.command.Command} per action (headless,
 * scriptable) and one thin ImageJ 1.x {@link ij.plugin.PlugIn} per action listed in
 * {@code plugins.config}, whose {@link ij.gui.GenericDialog} makes it macro-recordable in Fiji and
 * plain ImageJ alike. Both only gather parameters and call the same opener.
 */
package io.github.ophysio.fiji.command;
