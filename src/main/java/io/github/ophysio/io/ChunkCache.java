package io.github.ophysio.io;

import java.nio.ByteBuffer;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The few most recently decoded chunks of one chunked array (HDF5 dataset, zarr array), bounded in bytes. A chunk usually holds
 * several frames, so reading frames in order decodes each chunk once — also when several threads
 * read neighbouring frames at once: the first asks decodes, the others wait for its result instead
 * of decoding the same chunk again. Keyed by a number naming the chunk (its file address, its index in the chunk grid).
 *
 * <p>A chunk read through {@link #read} (copied out while the cache counts its reader) has its array given back
 * to {@link #arrays()} when it is evicted and no reader is left, for the next decode to reuse; one handed out by
 * {@link #get} may be held by its caller for ever, so its array is never reused.
 */
public final class ChunkCache {

    /** Bytes of decoded chunks kept per open dataset. */
    public static final long DEFAULT_BYTES = 32L << 20;

    /** Free chunk arrays kept for reuse. */
    private static final int POOLED = 4;

    /** A chunk decoded or being decoded; {@code size} is counted once it is done (-1 before). */
    private static final class Slot {
        final FutureTask<ByteBuffer> task;
        long size = -1;
        /** Threads copying out of the chunk now. */
        int readers;
        /** Out of the cache: its array is reused once the last reader is done. */
        boolean evicted;
        /** Handed out by {@link #get}: its holder may read it any time, so its array is never reused. */
        boolean kept;

        Slot(Supplier<ByteBuffer> decode) {
            task = new FutureTask<>(decode::get);
        }
    }

    private final long maxBytes;
    private long bytes;
    private final LinkedHashMap<Long, Slot> chunks = new LinkedHashMap<>(16, 0.75f, true);
    private final ChunkArrays arrays = new ChunkArrays(POOLED);

    public ChunkCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Whether the chunk at {@code address} is decoded or being decoded. */
    public synchronized boolean has(long address) {
        return chunks.containsKey(address);
    }

    /** Arrays of evicted chunks, for decoders to take the array of the next chunk from. */
    public ChunkArrays arrays() {
        return arrays;
    }

    /**
     * The chunk at {@code address}: cached, awaited from the thread decoding it, or decoded here by {@code decode}.
     * The caller may keep it: its array is never reused.
     */
    public ByteBuffer get(long address, Supplier<ByteBuffer> decode) {
        ByteBuffer chunk = await(enter(address, decode, slot -> slot.kept = true));
        return chunk.duplicate().order(chunk.order());
    }

    /**
     * Decodes the chunk at {@code address} here unless it is cached or another thread is decoding it, without
     * waiting for that thread. Never throws for a failed decode: the chunk is forgotten, and whoever reads it
     * next decodes it again and meets the failure.
     */
    public void prefetch(long address, Supplier<ByteBuffer> decode) {
        enter(address, decode, slot -> { });
    }

    /**
     * Passes the chunk at {@code address} (as {@link #get} finds it) to {@code reader}, which must not keep it: once
     * {@code reader} returns, the chunk's array may be given back and reused for another chunk.
     */
    public void read(long address, Supplier<ByteBuffer> decode, Consumer<ByteBuffer> reader) {
        Slot slot = enter(address, decode, s -> s.readers++);
        try {
            ByteBuffer chunk = await(slot);
            reader.accept(chunk.duplicate().order(chunk.order()));
        } finally {
            leave(slot);
        }
    }

    /** The slot of {@code address}, marked by {@code mark} while it is in the cache; decoded here when it was not. */
    private Slot enter(long address, Supplier<ByteBuffer> decode, Consumer<Slot> mark) {
        Slot slot;
        boolean mine;
        synchronized (this) {
            slot = chunks.get(address);
            mine = slot == null;
            if (mine) {
                slot = new Slot(decode);
                chunks.put(address, slot);
            }
            mark.accept(slot);
        }
        if (mine) {
            slot.task.run();
            settle(address, slot);
        }
        return slot;
    }

    private static ByteBuffer await(Slot slot) {
        return Results.await(slot.task, "a chunk was decoded");
    }

    private synchronized void leave(Slot slot) {
        slot.readers--;
        if (slot.readers == 0 && slot.evicted) {
            recycle(slot);
        }
    }

    /** Gives an evicted chunk's array back to the pool, unless it was handed out to keep. */
    private void recycle(Slot slot) {
        ByteBuffer chunk = slot.kept ? null : awaitQuietly(slot.task);
        if (chunk != null && chunk.hasArray()) {
            arrays.give(chunk.array());
        }
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
                old.evicted = true;
                if (old.readers == 0) {
                    recycle(old);
                }
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
