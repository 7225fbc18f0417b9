package com.counteroffer.app;

import com.counteroffer.store.OwnerOnlyFiles;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.ErrorManager;
import java.util.logging.LogRecord;
import java.util.logging.StreamHandler;

/**
 * A log in rotating files {@code PREFIX0.log} (the newest) to {@code PREFIX(count-1).log}, each created
 * readable by the user only. The JDK's FileHandler creates its files (and a {@code .lck} beside them)
 * with the process's default mode, readable by everyone on most systems.
 */
final class OwnerOnlyLogFile extends StreamHandler {

    private final Path folder;
    private final String prefix;
    private final long limit;
    private final int count;
    private Counting out;

    /** Opens {@code PREFIX0.log} in {@code folder} for appending, starting a new one when it is full. */
    OwnerOnlyLogFile(Path folder, String prefix, long limit, int count) throws IOException {
        this.folder = folder;
        this.prefix = prefix;
        this.limit = limit;
        this.count = count;
        try {
            setEncoding("UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
        open();
    }

    Path file(int generation) {
        return folder.resolve(prefix + generation + ".log");
    }

    /** Starts a new file first when this one is full, so the newest file always holds the latest record. */
    @Override
    public synchronized void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        if (out != null && out.written >= limit) {
            try {
                shiftOlder();
                open();
            } catch (IOException e) {
                reportError("Cannot start a new log file in " + folder, e, ErrorManager.OPEN_FAILURE);
            }
        }
        super.publish(record);
        flush();
    }

    /** The newest file becomes generation 1, and so on; the oldest is dropped. */
    private void shiftOlder() throws IOException {
        for (int generation = count - 2; generation >= 0; generation--) {
            if (Files.exists(file(generation))) {
                Files.move(file(generation), file(generation + 1), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private void open() throws IOException {
        FileChannel channel = OwnerOnlyFiles.openForAppend(file(0));
        out = new Counting(Channels.newOutputStream(channel), channel.size());
        setOutputStream(out); // closes the previous file's stream
    }

    /** Counts the bytes written, so the file is turned over at its limit. */
    private static final class Counting extends FilterOutputStream {
        private long written;

        Counting(OutputStream out, long written) {
            super(out);
            this.written = written;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            written++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            written += length;
        }
    }
}
