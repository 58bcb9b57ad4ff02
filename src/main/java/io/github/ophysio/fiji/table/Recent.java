package io.github.ophysio.fiji.table;

import java.util.LinkedHashMap;
import java.util.Map;

/** A map keeping the {@code most} entries used last (access order), for the tables' small caches. */
final class Recent<K, V> extends LinkedHashMap<K, V> {

    private static final long serialVersionUID = 1L;
    private final int most;

    Recent(int most) {
        super(16, 0.75f, true);
        this.most = most;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > most;
    }
}
