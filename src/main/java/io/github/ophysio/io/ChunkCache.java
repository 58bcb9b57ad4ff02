package io.github.ophysio.io;

import java.nio.ByteBuffer;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * The few most recently decoded chunks of one chunked array (HDF5 dataset, zarr array), bounded in bytes. A chunk usually holds
 * several frames, so reading frames in order decodes each chunk once — also when several threads
 * read neighbouring frames at once: the first asks decodes, the others wait for its result instead
 * of decoding the same chunk again. Keyed by a number naming the chunk (its file address, its index in the chunk grid).
 */
public final class ChunkCache {

    /** Bytes of decoded chunks kept per open dataset. */
    public static final long DEFAULT_BYTES = 32L << 20;

    /** A chunk decoded or being decoded; {@code size} is counted once it is done (-1 before). */
    private static final class Slot {
        final FutureTask<ByteBuffer> task;
        long size = -1;

        Slot(Supplier<ByteBuffer> decode) {
            task = new FutureTask<>(decode::get);
        }
    }

    private final long maxBytes;
    private long bytes;
    private final LinkedHashMap<Long, Slot> chunks = new LinkedHashMap<>(16, 0.75f, true);

    public ChunkCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Whether the chunk at {@code address} is decoded or being decoded. */
    public synchronized boolean has(long address) {
        return chunks.containsKey(address);
    }

    /** The chunk at {@code address}: cached, awaited from the thread decoding it, or decoded here by {@code decode}. */
    public ByteBuffer get(long address, Supplier<ByteBuffer> decode) {
        Slot slot;
        boolean mine;
        synchronized (this) {
            slot = chunks.get(address);
            mine = slot == null;
            if (mine) {
                slot = new Slot(decode);
                chunks.put(address, slot);
            }
        }
        if (mine) {
            slot.task.run();
            settle(address, slot);
        }
        ByteBuffer chunk = Results.await(slot.task, "a chunk was decoded");
        return chunk.duplicate().order(chunk.order());
    }

    /** Counts a finished chunk and evicts the eldest finished ones; a failed decode is forgotten (tried again next time). */
    private synchronized void settle(long address, Slot slot) {
        ByteBuffer chunk = slot.task.isCancelled() ? null : awaitQuietly(slot.task);
        if (chunk == null) {
            chunks.remove(address, slot);
            return;
        }
        slot.size = chunk.capacity();
        bytes += slot.size;
        Iterator<Slot> eldest = chunks.values().iterator();
        while (bytes > maxBytes && chunks.size() > 1 && eldest.hasNext()) {
            Slot old = eldest.next();
            if (old.size >= 0 && old != slot) {
                bytes -= old.size;
                eldest.remove();
            }
        }
    }

    private static ByteBuffer awaitQuietly(FutureTask<ByteBuffer> task) {
        try {
            return task.get();
        } catch (ExecutionException | InterruptedException e) {
            return null;
        }
    }
}
