package io.github.ophysio.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The layers of docs/design.md, checked on the {@code import} lines of src/main/java: the byte and
 * format layers stay free of ImageJ, ImgLib2 and SciJava (so they run headless and from the command
 * line), {@code io} stays below the formats, the model below everything, the loader below Fiji; a
 * format package imports no other format (shared parts sit in the {@code formats} root or {@code io});
 * jhdf past its API and reflection on library members are reached from the two {@code *Internals}
 * classes only. Every violation is listed in one failure.
 */
class LayeringTest {

    private static final List<String> UI_LIBRARIES = List.of("ij.", "net.imglib2.", "org.scijava.");
    private static final String OURS = ImportRule.BASE;

    static final List<ImportRule> RULES = List.of(
            new ImportRule("formats and io import no ImageJ, ImgLib2 or SciJava", List.of("formats", "io"),
                    UI_LIBRARIES, List.of()),
            new ImportRule("io imports no formats, fiji, cli or lazy", List.of("io"),
                    List.of(OURS + "formats.", OURS + "fiji.", OURS + "cli.", OURS + "lazy."), List.of()),
            new ImportRule("model and error import only java.* and each other", List.of("model", "error"),
                    List.of(""), List.of("java.", OURS + "model.", OURS + "error.")),
            new ImportRule("lazy imports no ImageJ and no fiji", List.of("lazy"),
                    List.of("ij.", OURS + "fiji."), List.of()),
            new ImportRule("stream and traces import no ImageJ, ImgLib2, SciJava, formats, fiji or cli",
                    List.of("stream", "traces"), List.of("ij.", "net.imglib2.", "org.scijava.", OURS + "formats.",
                            OURS + "fiji.", OURS + "cli.", OURS + "lazy."), List.of()),
            new ImportRule("summary imports no ImageJ, ImgLib2, SciJava, formats, fiji or cli", List.of("summary"),
                    List.of("ij.", "net.imglib2.", "org.scijava.", OURS + "formats.", OURS + "fiji.", OURS + "cli.",
                            OURS + "lazy."), List.of()));

    static final String FORMAT_RULE = "a format package imports no other format package";
    static final String JHDF_RULE = "jhdf past its API only in io/hdf5/JhdfInternals";
    static final String REFLECTION_RULE = "reflection on library members only in the *Internals classes";

    /** jhdf's API: its packages (ending in '.') and the classes its API methods return or take. */
    private static final List<String> JHDF_API = List.of("io.jhdf.HdfFile", "io.jhdf.WritableHdfFile", "io.jhdf.api.",
            "io.jhdf.exceptions.",
            "io.jhdf.object.datatype.", "io.jhdf.filter.Filter", "io.jhdf.filter.PipelineFilterWithData");
    private static final Set<String> INTERNALS = Set.of("io/github/ophysio/io/hdf5/JhdfInternals.java",
            "io/github/ophysio/fiji/ImageJInternals.java");
    private static final Set<String> REFLECTION = Set.of("java.lang.reflect.Field", "java.lang.reflect.Method",
            "java.lang.reflect.AccessibleObject", "java.lang.reflect.*");
    /** The internals classes, and the one reflecting on our own command classes' fields. */
    private static final Set<String> REFLECTING = Set.of("io/github/ophysio/io/hdf5/JhdfInternals.java",
            "io/github/ophysio/fiji/ImageJInternals.java", "io/github/ophysio/fiji/command/TableInputs.java");

    /**
     * Files allowed to break a rule, each with the reason: "file → why". None today. An exemption must
     * name the file and why it is temporary; it fails once the file no longer needs it.
     */
    private static final Map<String, String> EXEMPT = Map.of();

    @Test
    void mainSourcesKeepTheLayers() throws IOException {
        List<SourceImports> sources = SourceImports.under(Path.of("src", "main", "java"));
        assertTrue(sources.size() > 100, "sources found: " + sources.size());
        List<String> violations = new ArrayList<>();
        Set<String> breaking = new TreeSet<>();
        for (SourceImports source : sources) {
            for (String v : violations(source)) {
                breaking.add(source.file());
                if (!EXEMPT.containsKey(source.file())) {
                    violations.add(v);
                }
            }
        }
        assertTrue(violations.isEmpty(), violations.size() + " layering violations:\n" + String.join("\n", violations));
        assertTrue(breaking.containsAll(EXEMPT.keySet()), "stale exemptions: " + EXEMPT.keySet());
    }

    /** The anchor: {@code io/github/ophysio/formats/...} is formats, not the io package of {@code io/github}. */
    @Test
    void packagesAreAnchoredOnTheBasePackage() {
        SourceImports format = SourceImports.of("io/github/ophysio/formats/npy/X.java", "import ij.ImagePlus;");
        assertEquals("io.github.ophysio.formats.npy", format.pkg());
        assertEquals(List.of("formats and io import no ImageJ, ImgLib2 or SciJava: io/github/ophysio/formats/npy/X.java"
                + " imports ij.ImagePlus"), violations(format));
        SourceImports fiji = SourceImports.of("io/github/ophysio/fiji/Y.java", "import ij.IJ;");
        assertEquals(List.of(), violations(fiji));
        assertEquals(List.of(), violations(SourceImports.of("io/github/ophysio/iox/Z.java", "import ij.IJ;")));
    }

    @Test
    void eachRuleCatchesWhatItForbids() {
        assertEquals(1, violations(SourceImports.of("io/github/ophysio/io/hdf5/A.java",
                "import static io.github.ophysio.formats.Confidence.NO;")).size());
        assertEquals(1, violations(SourceImports.of("io/github/ophysio/model/B.java",
                "import com.google.gson.Gson;\nimport java.util.List;\nimport io.github.ophysio.error.OphysException;"))
                .size());
        assertEquals(1, violations(SourceImports.of("io/github/ophysio/lazy/C.java", "import ij.process.*;")).size());
    }

    @Test
    void eachPackageRuleCatchesWhatItForbids() {
        assertEquals(List.of(FORMAT_RULE + ": io/github/ophysio/formats/npy/D.java imports " + OURS + "formats.raw.RawLayout"),
                violations(SourceImports.of("io/github/ophysio/formats/npy/D.java", "import " + OURS
                        + "formats.raw.RawLayout;\nimport " + OURS + "formats.OpenOptions;\nimport static " + OURS
                        + "formats.Confidence.NO;\nimport " + OURS + "formats.npy.NpyHeader;")));
        assertEquals(List.of(), violations(SourceImports.of("io/github/ophysio/formats/E.java",
                "import " + OURS + "formats.npy.NpyFormat;")), "the formats root is shared, not a format");
        assertEquals(1, violations(SourceImports.of("io/github/ophysio/io/mat/F.java",
                "import io.jhdf.dataset.chunked.Chunk;\nimport io.jhdf.api.Dataset;\nimport io.jhdf.filter.Filter;"))
                .size());
        assertEquals(List.of(), violations(SourceImports.of("io/github/ophysio/io/hdf5/JhdfInternals.java",
                "import io.jhdf.dataset.chunked.Chunk;\nimport io.jhdf.Superblock;")));
        assertEquals(1, violations(SourceImports.of("io/github/ophysio/fiji/table/G.java",
                "import java.lang.reflect.Field;\nimport java.lang.reflect.Array;")).size());
        assertEquals(List.of(), violations(SourceImports.of("io/github/ophysio/fiji/ImageJInternals.java",
                "import java.lang.reflect.Field;\nimport java.lang.reflect.Method;")));
    }

    /** "rule: file imports name" for each import of {@code source} a rule forbids. */
    static List<String> violations(SourceImports source) {
        List<String> found = new ArrayList<>();
        for (ImportRule rule : RULES) {
            if (rule.covers(source.pkg())) {
                source.imports().stream().filter(rule::forbids)
                        .forEach(i -> found.add(rule.name() + ": " + source.file() + " imports " + i));
            }
        }
        source.imports().stream().filter(i -> otherFormat(source.pkg(), i))
                .forEach(i -> found.add(FORMAT_RULE + ": " + source.file() + " imports " + i));
        if (!INTERNALS.contains(source.file())) {
            source.imports().stream().filter(LayeringTest::pastJhdfApi)
                    .forEach(i -> found.add(JHDF_RULE + ": " + source.file() + " imports " + i));
        }
        if (!REFLECTING.contains(source.file())) {
            source.imports().stream().filter(REFLECTION::contains)
                    .forEach(i -> found.add(REFLECTION_RULE + ": " + source.file() + " imports " + i));
        }
        return found;
    }

    /**
     * A class of format package {@code formats.Y} imported from {@code formats.X} (X ≠ Y). Package names are
     * lower case, classes upper case: {@code formats.OpenOptions} is the shared root, {@code formats.npy.…} a format.
     */
    static boolean otherFormat(String pkg, String imported) {
        String own = formatOf(pkg + ".");
        String other = formatOf(imported);
        return own != null && other != null && !other.equals(own);
    }

    /** "npy" for {@code io.github.ophysio.formats.npy.…}; null outside a format package. */
    private static String formatOf(String name) {
        String root = OURS + "formats.";
        if (!name.startsWith(root)) {
            return null;
        }
        String rest = name.substring(root.length());
        int dot = rest.indexOf('.');
        return dot > 0 && Character.isLowerCase(rest.charAt(0)) ? rest.substring(0, dot) : null;
    }

    /** jhdf past its API: anything under {@code io.jhdf.} but the API packages and the types the API returns. */
    static boolean pastJhdfApi(String imported) {
        return imported.startsWith("io.jhdf.") && JHDF_API.stream().noneMatch(api -> api.endsWith(".")
                ? imported.startsWith(api) : imported.equals(api) || imported.startsWith(api + "."));
    }
}
