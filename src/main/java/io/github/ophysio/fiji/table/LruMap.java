package io.github.ophysio.fiji.table;

import java.util.LinkedHashMap;
import java.util.Map;

/** A map of at most {@code most} entries that drops the least recently used one (access order): the tables' small caches. */
final class LruMap<K, V> extends LinkedHashMap<K, V> {

    private static final long serialVersionUID = 1L;
    private final int most;

    LruMap(int most) {
        super(16, 0.75f, true);
        this.most = most;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > most;
    }
}
