package io.github.ophysio.testing;

import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.ImagingExtractorContractTest;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The imaging contract on one manifest fixture, opened through the registry with the manifest's
 * options plus {@code extra}; expected values come from the manifest's coding rule.
 */
public abstract class FixtureContractTest extends ImagingExtractorContractTest {

    private static final FormatRegistry REGISTRY = FormatRegistry.load();

    private final Fixtures.Entry entry;
    private final Map<String, String> options;

    protected FixtureContractTest(String folder, String name, Map<String, String> extra) {
        this.entry = Fixtures.manifest(folder).stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
        this.options = new LinkedHashMap<>(entry.options());
        options.putAll(extra);
    }

    @Override
    protected ImagingExtractor extractor() {
        return REGISTRY.openImaging(entry.path(), OpenOptions.of(options));
    }

    @Override
    protected double expectedValue(int t, int r, int c, int p) {
        return entry.expectedValue(options, t, r, c, p);
    }
}
