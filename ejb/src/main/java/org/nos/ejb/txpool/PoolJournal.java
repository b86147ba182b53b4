package org.nos.ejb.txpool;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The write-ahead journal of accepted transactions: each accept appends its raw bytes to the current segment file
 * before it is acknowledged, and the rows reach the pool table later, in groups. A segment's file is deleted once its
 * rows are committed; at start the segments left over are replayed into the table. An append is one {@code write}
 * to the file, in the operating system's cache once it returns, so it survives the process being killed, as an H2
 * commit does. Records are a 4-byte big-endian length and the bytes; a torn last record is ignored. Not thread-safe:
 * the caller serializes.
 */
final class PoolJournal {
    private static final String PREFIX = "nos-txpool-";
    private static final String SUFFIX = ".journal";

    private final Path dir;
    private long number;
    private Path path;
    private FileChannel channel;

    /** Opens a new segment after those already in {@code dir}, which {@link #segments} lists for replay. */
    PoolJournal(Path dir) {
        this.dir = dir;
        List<Path> existing = segments(dir);
        this.number = existing.isEmpty() ? 0 : number(existing.get(existing.size() - 1));
        openNext();
    }

    /** Appends one record; it is in the file when this returns. */
    void append(byte[] raw) {
        ByteBuffer record = ByteBuffer.allocate(4 + raw.length).putInt(raw.length).put(raw).flip();
        try {
            while (record.hasRemaining()) channel.write(record);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the transaction journal " + path, e);
        }
    }

    /** Closes the current segment and starts the next; returns the closed segment's file. */
    Path rotate() {
        Path closed = path;
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the transaction journal " + path, e);
        }
        openNext();
        return closed;
    }

    /** Closes the current segment; its file stays, for the next start to replay. */
    void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the transaction journal " + path, e);
        }
    }

    private void openNext() {
        number++;
        path = dir.resolve(PREFIX + number + SUFFIX);
        try {
            Files.createDirectories(dir);
            channel = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the transaction journal " + path, e);
        }
    }

    /** The segment files in {@code dir}, oldest first. */
    static List<Path> segments(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(PREFIX)
                            && p.getFileName().toString().endsWith(SUFFIX) && number(p) > 0)
                    .sorted((a, b) -> Long.compare(number(a), number(b)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the transaction journals in " + dir, e);
        }
    }

    /** The records of a segment file in order, without a torn last record. */
    static List<byte[]> read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the transaction journal " + file, e);
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        List<byte[]> records = new ArrayList<>();
        while (in.remaining() >= 4) {
            int length = in.getInt();
            if (length < 0 || length > in.remaining()) break;
            byte[] raw = new byte[length];
            in.get(raw);
            records.add(raw);
        }
        return records;
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the transaction journal " + file, e);
        }
    }

    private static long number(Path file) {
        String name = file.getFileName().toString();
        try {
            return Long.parseLong(name.substring(PREFIX.length(), name.length() - SUFFIX.length()));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            return -1;
        }
    }
}
