package io.github.ophysio.io.zarr;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.FileText;
import io.github.ophysio.error.MissingFileException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The JSON files of a zarr v2 store ({@code .zarray}, {@code .zattrs}, {@code .zgroup}), each one object. */
final class ZarrJson {

    private ZarrJson() {
    }

    /** The object in {@code file}; corrupt when it is not a JSON object, missing when it is not there. */
    static JsonObject read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new MissingFileException(file, "expected a zarr metadata file here");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            JsonElement element = JsonParser.parseString(text);
            if (!element.isJsonObject()) {
                throw CorruptFileException.expected(file, "zarr metadata", "a JSON object", FileText.quote(text));
            }
            return element.getAsJsonObject();
        } catch (JsonParseException e) {
            throw CorruptFileException.expected(file, "zarr metadata", "JSON", "text that is not JSON ("
                    + FileText.quote(text) + ")");
        }
    }
}
