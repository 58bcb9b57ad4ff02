package io.github.ophysio.rules;

import java.util.List;

/**
 * One layering rule: sources in packages starting with one of {@code packages} must not import names
 * starting with one of {@code forbidden}, unless the name starts with one of {@code allowed} (so a rule
 * can say "only java.* and each other" as "nothing, except …").
 */
record ImportRule(String name, List<String> packages, List<String> forbidden, List<String> allowed) {

    static final String BASE = "io.github.ophysio.";

    /** Whether a source of package {@code pkg} falls under this rule. */
    boolean covers(String pkg) {
        return packages.stream().anyMatch(p -> within(pkg, BASE + p));
    }

    /** Whether {@code imported} (a class, a static member or a wildcard) breaks this rule. */
    boolean forbids(String imported) {
        return forbidden.stream().anyMatch(imported::startsWith) && allowed.stream().noneMatch(imported::startsWith);
    }

    /** {@code pkg} is {@code root} or one of its sub-packages (not a package that merely starts alike). */
    static boolean within(String pkg, String root) {
        return pkg.equals(root) || pkg.startsWith(root + ".");
    }
}
