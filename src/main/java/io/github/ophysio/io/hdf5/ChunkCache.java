package io.github.ophysio.io.hdf5;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The few most recently decoded chunks of one dataset, bounded in bytes. A chunk usually holds
 * several frames, so reading frames in order decodes each chunk once. Keyed by file address.
 */
final class ChunkCache {

    /** Bytes of decoded chunks kept per open dataset. */
    static final long DEFAULT_BYTES = 32L << 20;

    private final long maxBytes;
    private long bytes;
    private final LinkedHashMap<Long, ByteBuffer> chunks = new LinkedHashMap<>(16, 0.75f, true);

    ChunkCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    synchronized ByteBuffer get(long address) {
        ByteBuffer chunk = chunks.get(address);
        return chunk == null ? null : chunk.duplicate().order(chunk.order());
    }

    synchronized void put(long address, ByteBuffer chunk) {
        ByteBuffer old = chunks.put(address, chunk);
        bytes += chunk.capacity() - (old == null ? 0 : old.capacity());
        var eldest = chunks.entrySet().iterator();
        while (bytes > maxBytes && chunks.size() > 1 && eldest.hasNext()) {
            Map.Entry<Long, ByteBuffer> e = eldest.next();
            bytes -= e.getValue().capacity();
            eldest.remove();
        }
    }
}
