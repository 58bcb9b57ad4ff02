package io.github.ophysio.fiji;

import ij.ImageJ;
import ij.Menus;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Installs this jar's {@code plugins.config} entries into a running ImageJ whose plugins folder
 * does not hold the jar (the demo, the GUI tests): the same entries users get from a real install.
 */
public final class PluginsConfig {

    private static final Map<String, Character> MENUS = Map.of("File>Import", Menus.IMPORT_MENU,
            "Plugins", Menus.PLUGINS_MENU);

    /** One line of plugins.config: menu path, command label, class name. */
    public record Entry(String menu, String command, String className) {
    }

    private PluginsConfig() {
    }

    /** The entries of plugins.config on the class path. */
    public static List<Entry> entries() {
        try (InputStream in = PluginsConfig.class.getResourceAsStream("/plugins.config")) {
            if (in == null) {
                throw new IllegalStateException("plugins.config is not on the class path");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Entry> parse(List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        for (String line : lines) {
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int firstQuote = trimmed.indexOf('"');
            int lastQuote = trimmed.lastIndexOf('"');
            String menu = trimmed.substring(0, trimmed.indexOf(',')).trim();
            String command = trimmed.substring(firstQuote + 1, lastQuote);
            String className = trimmed.substring(trimmed.indexOf(',', lastQuote) + 1).trim();
            entries.add(new Entry(menu, command, className));
        }
        return entries;
    }

    /** Adds every entry to ImageJ's command table (and menus when {@code ij} is shown). */
    public static void install(ImageJ ij) {
        for (Entry entry : entries()) {
            if (!Menus.getCommands().containsKey(entry.command())) {
                char menu = MENUS.getOrDefault(entry.menu(), Menus.PLUGINS_MENU);
                Menus.installPlugin(entry.className(), menu, entry.command(), "", ij);
            }
        }
    }
}
