package io.briefbot.qa;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.util.VectorUtil;

/**
 * One embedding per unit of the index (see {@link IndexUnit#meaningText()}), kept in memory and searched by brute
 * force: 50,000 units of 384 dimensions take a few milliseconds. Each vector remembers a hash of the text it was made
 * from, so changed units are embedded again; saved to a file so that a restart need not embed the archive again.
 */
final class UnitVectors {

    /** Raised when what a vector is made from changes (the model, how German text is glossed): saved vectors are then made again. */
    static final int VERSION = 3;

    record Entry(String unit, long epochDay, int textHash, float[] vector) {
    }

    record Similar(String unit, float similarity) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    Optional<Entry> get(String unit) {
        return Optional.ofNullable(entries.get(unit));
    }

    boolean isCurrent(String unit, int textHash) {
        Entry entry = entries.get(unit);
        return entry != null && entry.textHash() == textHash;
    }

    void put(Entry entry) {
        entries.put(entry.unit(), entry);
    }

    void retainOnly(java.util.Set<String> units) {
        entries.keySet().retainAll(units);
    }

    int size() {
        return entries.size();
    }

    float similarity(String unit, float[] query) {
        Entry entry = entries.get(unit);
        return entry == null ? 0f : dot(entry.vector(), query);
    }

    /** The {@code limit} units closest to {@code query} among those on days in {@code window}, closest first. */
    List<Similar> nearest(float[] query, Optional<DateWindow> window, int limit) {
        long from = window.map(w -> w.from().toEpochDay()).orElse(Long.MIN_VALUE);
        long to = window.map(w -> w.to().toEpochDay()).orElse(Long.MAX_VALUE);
        PriorityQueue<Similar> best = new PriorityQueue<>(Comparator.comparingDouble(Similar::similarity));
        for (Entry entry : entries.values()) {
            if (entry.epochDay() < from || entry.epochDay() > to) {
                continue;
            }
            float similarity = dot(entry.vector(), query);
            if (best.size() < limit) {
                best.add(new Similar(entry.unit(), similarity));
            } else if (similarity > best.peek().similarity()) {
                best.poll();
                best.add(new Similar(entry.unit(), similarity));
            }
        }
        List<Similar> sorted = new ArrayList<>(best);
        sorted.sort(Comparator.comparingDouble(Similar::similarity).reversed());
        return sorted;
    }

    void save(Path file) {
        try {
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary)))) {
                out.writeInt(VERSION);
                for (Entry entry : entries.values()) {
                    out.writeUTF(entry.unit());
                    out.writeLong(entry.epochDay());
                    out.writeInt(entry.textHash());
                    out.writeInt(entry.vector().length);
                    for (float value : entry.vector()) {
                        out.writeFloat(value);
                    }
                }
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the embeddings to " + file, e);
        }
    }

    /** Vectors saved before; none when there is no file or it is of another version (they are made again). */
    void load(Path file) {
        if (!Files.exists(file)) {
            return;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != VERSION) {
                return;
            }
            while (true) {
                String unit;
                try {
                    unit = in.readUTF();
                } catch (EOFException end) {
                    return;
                }
                long epochDay = in.readLong();
                int textHash = in.readInt();
                float[] vector = new float[in.readInt()];
                for (int i = 0; i < vector.length; i++) {
                    vector[i] = in.readFloat();
                }
                entries.put(unit, new Entry(unit, epochDay, textHash, vector));
            }
        } catch (IOException e) {
            entries.clear();
        }
    }

    private static float dot(float[] a, float[] b) {
        return a.length == b.length ? VectorUtil.dotProduct(a, b) : 0f;
    }
}
