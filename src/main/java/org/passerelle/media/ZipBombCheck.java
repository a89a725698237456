package org.passerelle.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Inflates an office document's ZIP container, counting, before any parser sees it: more than
 * {@code maxRatio} times the file's size, or more than {@code maxExpanded} bytes, or more than
 * {@code maxEntries} entries, and the document is a bomb. The count is of bytes really inflated,
 * not of the sizes the archive declares (which a hostile file can fake), and stops at the limit, so
 * the check itself costs at most {@code maxExpanded} bytes of inflating. Tika's own guard compares
 * characters written with bytes read, which the write limit ends first for such files.
 */
final class ZipBombCheck {

    static final class Bomb extends IOException {
        Bomb(String message) {
            super(message);
        }
    }

    private ZipBombCheck() {
    }

    static void inspect(Path file, long maxRatio, long maxExpanded, int maxEntries) throws IOException {
        long size = Math.max(1, file.toFile().length());
        long limit = Math.min(maxExpanded, Math.multiplyExact(size, maxRatio));
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements();) {
                ZipEntry entry = all.nextElement();
                if (++entries > maxEntries) {
                    throw new Bomb("zip bomb: more than " + maxEntries + " entries");
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n; (n = in.read(buffer)) > 0;) {
                        total += n;
                        if (total > limit) {
                            throw new Bomb("zip bomb: expands beyond " + limit + " bytes");
                        }
                    }
                }
            }
        }
    }
}
